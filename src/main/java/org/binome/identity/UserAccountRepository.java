package org.binome.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findFirstByEmailKeyOrderByIdAsc(String emailKey);

    Optional<UserAccount> findFirstByEmployeeKeyOrderByIdAsc(String employeeKey);

    Optional<UserAccount> findFirstByEmployeeNumberOrderByIdAsc(String employeeNumber);

    List<UserAccount> findByEnabledTrueOrderByIdAsc();

    /** The accounts that can sign in and hold the role, found by the database (roles are kept as "A,B,C"). */
    @Query("select * from user_account where enabled = true and (',' || roles || ',') like :pattern order by id")
    List<UserAccount> findEnabledHolding(String pattern);

    List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

    List<UserAccount> findByEmployeeNumberIn(java.util.Collection<String> employeeNumbers);

    @Query("select count(*) from user_account where status = 'ACTIVE' and roles like '%ADMIN%'")
    long countActiveAdministrators();

    /** The sign-in name: the username itself, the work e-mail or the employee number, case-insensitively. */
    default Optional<UserAccount> findBySignInName(String normalised) {
        return findByUsername(normalised)
                .or(() -> findFirstByEmailKeyOrderByIdAsc(normalised))
                .or(() -> findFirstByEmployeeKeyOrderByIdAsc(normalised));
    }
}
