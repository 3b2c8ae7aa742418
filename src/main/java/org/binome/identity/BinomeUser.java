package org.binome.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as the rest of Binôme sees it. Stored in the shared HTTP session, so serializable. */
public final class BinomeUser extends User {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final long accountId;
    private final String displayName;
    private final String employeeNumber;
    private final String locale;
    /** The account's access stamp when this principal was made; -1 for principals not made from an account. */
    private final int stamp;

    BinomeUser(
            long accountId,
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            String employeeNumber,
            String locale) {
        this(accountId, username, passwordHash, enabled, authorities, displayName, employeeNumber, locale, -1);
    }

    BinomeUser(
            long accountId,
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            String employeeNumber,
            String locale,
            int stamp) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.employeeNumber = employeeNumber;
        this.locale = locale;
        this.stamp = stamp;
    }

    int stamp() {
        return stamp;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    /** The HR id of the person behind the account, when the account belongs to an employee. */
    public String employeeNumber() {
        return employeeNumber;
    }

    public String locale() {
        return locale;
    }

    public Set<Role> roles() {
        var roles = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (hasRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    public boolean mustChangePassword() {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(PASSWORD_CHANGE_REQUIRED));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
