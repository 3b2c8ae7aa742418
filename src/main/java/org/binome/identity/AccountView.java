package org.binome.identity;

import java.util.Set;

/** An account as other modules may read it: never the password hash. */
public record AccountView(
        long id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String locale,
        String employeeNumber) {

    static AccountView of(UserAccount account) {
        return new AccountView(
                account.id,
                account.username,
                account.displayName,
                account.email,
                account.roleSet(),
                account.locale,
                account.employeeNumber);
    }
}
