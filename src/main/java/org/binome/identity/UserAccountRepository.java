package org.binome.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    // The single-account reads are written out, not derived from their names: Spring Data JDBC builds a derived
    // query's SQL again on every call, and each notification's recipient is read by employee number then username
    // (1.5 % of a node's CPU in the 2-node load test went into building these two statements). Read as lists:
    // Spring Data JDBC reads an Optional through queryForObject, which throws and catches an exception when no row
    // matches, as for every recipient that is a username rather than an employee number.

    @Query("select * from user_account where username = :username")
    List<UserAccount> withUsername(String username);

    @Query("select * from user_account where email_key = :emailKey order by id fetch first 1 rows only")
    List<UserAccount> firstWithEmailKey(String emailKey);

    @Query("select * from user_account where employee_key = :employeeKey order by id fetch first 1 rows only")
    List<UserAccount> firstWithEmployeeKey(String employeeKey);

    @Query("select * from user_account where employee_number = :employeeNumber order by id fetch first 1 rows only")
    List<UserAccount> firstWithEmployeeNumber(String employeeNumber);

    default Optional<UserAccount> findByUsername(String username) {
        return withUsername(username).stream().findFirst();
    }

    default Optional<UserAccount> findFirstByEmailKeyOrderByIdAsc(String emailKey) {
        return firstWithEmailKey(emailKey).stream().findFirst();
    }

    default Optional<UserAccount> findFirstByEmployeeKeyOrderByIdAsc(String employeeKey) {
        return firstWithEmployeeKey(employeeKey).stream().findFirst();
    }

    default Optional<UserAccount> findFirstByEmployeeNumberOrderByIdAsc(String employeeNumber) {
        return firstWithEmployeeNumber(employeeNumber).stream().findFirst();
    }

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
