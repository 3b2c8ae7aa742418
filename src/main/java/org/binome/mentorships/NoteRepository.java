package org.binome.mentorships;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface NoteRepository extends ListCrudRepository<Note, Long> {

    List<Note> findByMentorshipIdOrderByCreatedAtDesc(long mentorshipId);
}
