package org.binome.mentorships;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, Long> {

    // Written out, not derived from the method's name: Spring Data JDBC builds a derived query's SQL again on every
    // call (about 0.2 ms of CPU each), and the pair page runs this one on every view.
    @Query("select * from mentorship_objective where mentorship_id = :mentorshipId order by id")
    List<Objective> findByMentorshipIdOrderByIdAsc(long mentorshipId);

    List<Objective> findByMentorshipIdInOrderByIdAsc(java.util.Collection<Long> mentorshipIds);
}
