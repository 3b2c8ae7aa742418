package org.binome.programs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ApplicationRepository extends ListCrudRepository<Application, Long> {

    Optional<Application> findByProgramIdAndEmployeeNumber(long programId, String employeeNumber);

    List<Application> findByProgramIdOrderBySubmittedAtDesc(long programId);

    List<Application> findByProgramIdAndStatusAndEmployeeNumberIn(
            long programId, ApplicationStatus status, java.util.Collection<String> employeeNumbers);

    List<Application> findByProgramIdAndStatusAndRole(long programId, ApplicationStatus status, ParticipantRole role);
}
