package org.binome.mentorships;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NoteRepository extends ListCrudRepository<Note, Long> {

    // Written out, not derived from the method's name: Spring Data JDBC builds a derived query's SQL again on every
    // call (about 0.2 ms of CPU each), and the pair page runs this one on every view.
    @Query("select * from mentorship_note where mentorship_id = :mentorshipId order by created_at desc")
    List<Note> findByMentorshipIdOrderByCreatedAtDesc(long mentorshipId);
}
