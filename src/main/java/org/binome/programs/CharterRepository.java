package org.binome.programs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CharterRepository extends ListCrudRepository<CharterVersion, Long> {

    Optional<CharterVersion> findFirstByProgramIdOrderByNumberDesc(long programId);

    Optional<CharterVersion> findByProgramIdAndNumber(long programId, int number);

    List<CharterVersion> findByProgramIdOrderByNumberDesc(long programId);
}
