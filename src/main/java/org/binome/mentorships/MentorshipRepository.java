package org.binome.mentorships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface MentorshipRepository extends ListCrudRepository<Mentorship, Long> {

    Optional<Mentorship> findByProposalId(long proposalId);

    List<Mentorship> findByProgramIdOrderByIdAsc(long programId);

    List<Mentorship> findByStatus(MentorshipStatus status);

    @Query("""
            select m.* from mentorship m
             where exists (select 1 from mentorship_member mm
                            where mm.mentorship = m.id and mm.employee_number = :employeeNumber)
             order by m.id desc
            """)
    List<Mentorship> findByMember(@Param("employeeNumber") String employeeNumber);
}
