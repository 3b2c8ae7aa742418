package org.binome.communication;

import java.util.EnumSet;
import org.binome.identity.AccountView;
import org.binome.identity.Accounts;
import org.binome.identity.NewAccount;
import org.binome.identity.Role;

/** Opens accounts for the communication tests, once per username. */
final class TestAccounts {

    private TestAccounts() {}

    static AccountView open(Accounts accounts, String username, String email, String locale, Role... roles) {
        return accounts.findByUsername(username)
                .orElseGet(() -> accounts.open(new NewAccount(
                        username,
                        "Test " + username,
                        email,
                        "a-long-enough-password-2026".toCharArray(),
                        roles.length == 0 ? EnumSet.of(Role.PARTICIPANT) : EnumSet.of(roles[0], roles),
                        locale,
                        null,
                        false)));
    }
}
