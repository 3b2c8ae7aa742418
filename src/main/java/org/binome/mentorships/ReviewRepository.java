package org.binome.mentorships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    List<Review> findByMentorshipId(long mentorshipId);

    List<Review> findByMentorshipIdIn(java.util.Collection<Long> mentorshipIds);

    Optional<Review> findByMentorshipIdAndKindAndAuthor(long mentorshipId, ReviewKind kind, String author);
}
