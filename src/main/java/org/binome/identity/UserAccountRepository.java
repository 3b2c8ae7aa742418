package org.binome.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findFirstByEmployeeNumberOrderByIdAsc(String employeeNumber);

    List<UserAccount> findByEnabledTrueOrderByIdAsc();
}
