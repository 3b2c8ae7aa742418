package org.binome.support;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.binome.identity.AccountView;
import org.binome.identity.Accounts;
import org.binome.identity.NewAccount;
import org.binome.identity.Role;

/**
 * Builds the account a test needs instead of spelling out {@link NewAccount}: every value has a plain default (a
 * participant speaking French, a username of its own, an e-mail made from it, a password the policy accepts, linked to
 * nobody of the directory), so a test names only what it is about.
 *
 * <pre>
 * TestAccounts.account().username("claire").email("claire.dupont@example.org").openIn(accounts);
 * TestAccounts.account().employee(number).roles(Role.ADMIN).openIn(accounts);
 * </pre>
 */
public final class TestAccounts {

    /** The password every account built here has, unless a test names another. */
    public static final String PASSWORD = "a-long-enough-password-2026";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private String username;
    private String displayName;
    private String email;
    private boolean emailSet;
    private String password = PASSWORD;
    private Set<Role> roles = EnumSet.of(Role.PARTICIPANT);
    private String locale = "fr";
    private String employeeNumber;
    private boolean mustChangePassword;

    private TestAccounts() {
        username = "ta" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** A new account with the defaults above. */
    public static TestAccounts account() {
        return new TestAccounts();
    }

    public TestAccounts username(String username) {
        this.username = username;
        return this;
    }

    public TestAccounts displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    /** This e-mail address ({@code null}: none). */
    public TestAccounts email(String email) {
        this.email = email;
        this.emailSet = true;
        return this;
    }

    public TestAccounts password(String password) {
        this.password = password;
        return this;
    }

    public TestAccounts roles(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
        return this;
    }

    public TestAccounts roles(Set<Role> roles) {
        this.roles = EnumSet.copyOf(roles);
        return this;
    }

    public TestAccounts locale(String locale) {
        this.locale = locale;
        return this;
    }

    /** Linked to this person of the directory. */
    public TestAccounts employee(String employeeNumber) {
        this.employeeNumber = employeeNumber;
        return this;
    }

    public TestAccounts mustChangePassword() {
        this.mustChangePassword = true;
        return this;
    }

    public NewAccount build() {
        return new NewAccount(
                username,
                displayName != null ? displayName : "Test " + username,
                emailSet ? email : username.toLowerCase(Locale.ROOT) + "@example.org",
                password.toCharArray(),
                EnumSet.copyOf(roles),
                locale,
                employeeNumber,
                mustChangePassword);
    }

    /** Opens the account, as an administrator or the HR import would. */
    public AccountView openIn(Accounts accounts) {
        return accounts.open(build());
    }

    /** Opens the account unless one with this username exists already (contexts shared by several tests). */
    public AccountView openOnceIn(Accounts accounts) {
        return accounts.findByUsername(username).orElseGet(() -> openIn(accounts));
    }
}
