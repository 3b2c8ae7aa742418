package org.binome.programs;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CharterRepository extends ListCrudRepository<CharterVersion, Long> {

    List<CharterVersion> findByProgramIdOrderByNumberDesc(long programId);
}
