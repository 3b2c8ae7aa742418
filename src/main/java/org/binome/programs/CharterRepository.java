package org.binome.programs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CharterRepository extends ListCrudRepository<CharterVersion, Long> {

    Optional<CharterVersion> findFirstByProgramIdOrderByNumberDesc(long programId);

    List<CharterVersion> findByProgramIdOrderByNumberDesc(long programId);

    List<CharterVersion> findByProgramIdInOrderByNumberDesc(java.util.Collection<Long> programIds);
}
