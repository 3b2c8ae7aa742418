package org.binome.people;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByEmployeeNumber(String employeeNumber);

    java.util.List<Person> findByManagerNumberAndStatusOrderByLastNameAscFirstNameAsc(
            String managerNumber, PersonStatus status);
}
