package org.binome.mentorships;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, Long> {

    List<Objective> findByMentorshipIdInOrderByIdAsc(java.util.Collection<Long> mentorshipIds);
}
