package org.binome.mentorships;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MentorshipSessionRepository extends ListCrudRepository<MentorshipSession, Long> {

    List<MentorshipSession> findByMentorshipIdOrderByStartsAtAsc(long mentorshipId);

    List<MentorshipSession> findByMentorshipIdInOrderByStartsAtAsc(java.util.Collection<Long> mentorshipIds);
}
