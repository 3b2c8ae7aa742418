package org.binome.programs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApplicationRepository extends ListCrudRepository<Application, Long> {

    // Written out, not derived from the method's name: Spring Data JDBC builds a derived query's SQL again on every
    // call, and the application form runs this one on every view (4 % of its CPU). Read as a list (at most one row,
    // program_application_uk): Spring Data JDBC reads an Optional through queryForObject, which throws and catches an
    // exception when no row matches, as on every view of the form by someone who has not applied (1.8 % of its CPU).
    @Query("select * from program_application where program_id = :programId and employee_number = :employeeNumber")
    List<Application> findAllByProgramIdAndEmployeeNumber(long programId, String employeeNumber);

    default Optional<Application> findByProgramIdAndEmployeeNumber(long programId, String employeeNumber) {
        return findAllByProgramIdAndEmployeeNumber(programId, employeeNumber).stream()
                .findFirst();
    }

    // a programme's applications whole, newest first; the reviewers' list reads only its rows' columns
    // (ApplicationRecords.listedIn)
    @Query("select * from program_application where program_id = :programId order by submitted_at desc")
    List<Application> findByProgramIdOrderBySubmittedAtDesc(long programId);

    List<Application> findByProgramIdAndStatusAndEmployeeNumberIn(
            long programId, ApplicationStatus status, java.util.Collection<String> employeeNumbers);

    List<Application> findByProgramIdAndStatusAndRole(long programId, ApplicationStatus status, ParticipantRole role);
}
