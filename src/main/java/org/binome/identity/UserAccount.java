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
    AccountStatus status;
    String emailKey;
    String employeeKey;
    /** Changes whenever what the account may do changes, so that open sessions reload it at their next request. */
    int accessStamp;

    Instant lastSignInAt;
    String searchKey;
    /** The holder's department, a copy kept up to date from the directory ({@link AccountDepartments}). */
    String department;

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
        created.status = AccountStatus.ACTIVE;
        created.createdAt = now;
        created.refreshKeys();
        return created;
    }

    /** An account for an invited employee: a participant, without a password until they choose one. */
    static UserAccount invited(String employeeNumber, String displayName, String email, String locale, Instant now) {
        var created = new UserAccount();
        created.username = email.trim().toLowerCase(java.util.Locale.ROOT);
        created.displayName = displayName;
        created.email = email.trim();
        created.roles = Role.PARTICIPANT.name();
        created.locale = locale;
        created.employeeNumber = employeeNumber;
        created.enabled = true;
        created.status = AccountStatus.INVITED;
        created.createdAt = now;
        created.refreshKeys();
        return created;
    }

    void refreshKeys() {
        emailKey = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        employeeKey = employeeNumber == null ? null : employeeNumber.trim().toLowerCase(java.util.Locale.ROOT);
        searchKey = AccountDirectory.fold(String.join(
                " ",
                displayName == null ? "" : displayName,
                email == null ? "" : email,
                employeeNumber == null ? "" : employeeNumber,
                username));
        if (searchKey.length() > 600) {
            searchKey = searchKey.substring(0, 600);
        }
    }

    void setRoles(Set<Role> chosen) {
        roles = chosen.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    void changeStatus(AccountStatus newStatus) {
        status = newStatus;
        enabled = newStatus != AccountStatus.DISABLED;
    }

    /** Open sessions will reload the account at their next request. */
    void touchAccess() {
        accessStamp++;
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
