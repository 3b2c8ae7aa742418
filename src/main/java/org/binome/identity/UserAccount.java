package org.binome.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A sign-in account. Roles are kept as a comma-separated list: there are four and they never need a join. */
@Table("user_account")
class UserAccount {

    @Id
    Long id;

    String username;
    String displayName;
    String email;
    String passwordHash;
    String roles;
    String locale;
    String employeeNumber;
    boolean mustChangePassword;
    boolean enabled;
    Instant createdAt;

    @Version
    Integer version;

    static UserAccount create(NewAccount account, String passwordHash, Instant now) {
        var created = new UserAccount();
        created.username = account.username().trim().toLowerCase(java.util.Locale.ROOT);
        created.displayName = account.displayName();
        created.email = account.email();
        created.passwordHash = passwordHash;
        created.roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        created.locale = account.locale() == null ? "fr" : account.locale();
        created.employeeNumber = account.employeeNumber();
        created.mustChangePassword = account.mustChangePassword();
        created.enabled = true;
        created.createdAt = now;
        return created;
    }

    Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
