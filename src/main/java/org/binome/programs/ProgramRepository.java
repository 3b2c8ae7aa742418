package org.binome.programs;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProgramRepository extends ListCrudRepository<Program, Long> {

    List<Program> findAllByOrderByIdDesc();
}
