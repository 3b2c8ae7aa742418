package org.binome.matching;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MatchingRunRepository extends ListCrudRepository<MatchingRun, Long> {

    Optional<MatchingRun> findFirstByProgramIdAndStatusOrderByIdDesc(long programId, MatchingRun.Status status);
}
