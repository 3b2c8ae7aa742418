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

    /**
     * The accounts that can sign in whose roles are one of these stored values (roles are kept sorted and
     * comma-separated, so the holders of a role are a handful of exact values: {@link AccountDirectory#rolesWith},
     * read through the roles index).
     */
    List<UserAccount> findByEnabledTrueAndRolesInOrderByIdAsc(java.util.Collection<String> roles);

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
