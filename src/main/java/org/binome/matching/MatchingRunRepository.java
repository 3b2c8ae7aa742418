package org.binome.matching;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MatchingRunRepository extends ListCrudRepository<MatchingRun, Long> {

    // Written out, not derived from the method's name: Spring Data JDBC builds a derived query's SQL again on every
    // call, and the matching page runs this one twice per view (4.6 % of its CPU samples).
    @Query("select * from matching_run where program_id = :programId order by id desc fetch first 1 rows only")
    Optional<MatchingRun> findFirstByProgramIdOrderByIdDesc(long programId);

    Optional<MatchingRun> findFirstByProgramIdAndStatusOrderByIdDesc(long programId, MatchingRun.Status status);
}
