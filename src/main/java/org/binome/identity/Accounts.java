package org.binome.identity;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade: open accounts, read them, and keep each person's preferred language. */
@Service
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.beans.factory.ObjectProvider<Deprovisioning> deprovisioning;
    private final org.springframework.beans.factory.ObjectProvider<AccountDepartments> departments;
    private final org.springframework.beans.factory.ObjectProvider<AccountPersonLinks> personLinks;
    private final org.springframework.beans.factory.ObjectProvider<SignInMethods> signInMethods;
    private final org.springframework.beans.factory.ObjectProvider<AccountAdministration> administration;

    Accounts(
            UserAccountRepository repository,
            PasswordEncoder passwordEncoder,
            Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.springframework.beans.factory.ObjectProvider<Deprovisioning> deprovisioning,
            org.springframework.beans.factory.ObjectProvider<AccountDepartments> departments,
            org.springframework.beans.factory.ObjectProvider<AccountPersonLinks> personLinks,
            org.springframework.beans.factory.ObjectProvider<SignInMethods> signInMethods,
            org.springframework.beans.factory.ObjectProvider<AccountAdministration> administration) {
        this.administration = administration;
        this.departments = departments;
        this.personLinks = personLinks;
        this.signInMethods = signInMethods;
        this.jdbc = jdbc;
        this.deprovisioning = deprovisioning;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public AccountView open(NewAccount account) {
        PasswordPolicy.violation(new String(account.password())).ifPresent(key -> {
            throw org.binome.shared.RuleViolation.invalid(key);
        });
        var hash = passwordEncoder.encode(new String(account.password()));
        Arrays.fill(account.password(), '\0');
        return AccountView.of(repository.save(UserAccount.create(account, hash, clock.instant())));
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return repository.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return repository.findByUsername(normalise(username)).map(AccountView::of);
    }

    /** The accounts with these usernames (any case), in one query; unknown ones are left out. */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> findByUsernames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.List.of();
        }
        return repository
                .findByUsernameIn(
                        usernames.stream().map(Accounts::normalise).distinct().toList())
                .stream()
                .map(AccountView::of)
                .toList();
    }

    /**
     * The accounts of these employees, the oldest of each as {@link #findByEmployeeNumber} gives it, one query per
     * thousand numbers; employees without an account are left out.
     */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> findByEmployeeNumbers(java.util.Collection<String> employeeNumbers) {
        var numbers = employeeNumbers.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
        var oldest = new java.util.LinkedHashMap<String, UserAccount>();
        for (int from = 0; from < numbers.size(); from += 1000) {
            for (var account :
                    repository.findByEmployeeNumberIn(numbers.subList(from, Math.min(numbers.size(), from + 1000)))) {
                oldest.merge(account.employeeNumber, account, (a, b) -> a.id <= b.id ? a : b);
            }
        }
        return oldest.values().stream().map(AccountView::of).toList();
    }

    /** The account of an employee, by their HR number (the oldest one if, exceptionally, there are several). */
    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmployeeNumber(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return Optional.empty();
        }
        return repository
                .findFirstByEmployeeNumberOrderByIdAsc(employeeNumber.trim())
                .map(AccountView::of);
    }

    /**
     * Gives a role to the accounts of these employees that do not hold it yet, as an administrator does in Comptes:
     * recorded in each account's history under {@code actor}, told to its holder, their open sessions reloaded. A
     * programme's named sponsors get the sponsors' dashboard this way. Disabled accounts, and employees without an
     * account (they get it when invited, see {@link NamedRoles}), are left alone. Returns how many were granted it.
     */
    @Transactional
    public int grantToEmployees(java.util.Collection<String> employeeNumbers, Role role, String actor) {
        var numbers = employeeNumbers.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
        if (numbers.isEmpty()) {
            return 0;
        }
        return administration.getObject().grantAll(repository.findByEmployeeNumberIn(numbers), role, actor);
    }

    /** Every account that can sign in, for instance to address an announcement to everyone. */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> enabledAccounts() {
        return repository.findByEnabledTrueOrderByIdAsc().stream()
                .map(AccountView::of)
                .toList();
    }

    /**
     * Every account that can sign in and holds this role (the facilitators to choose from, the administrators to
     * tell), filtered by the database: a company's 100,000 accounts are not read to find its ten facilitators.
     */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> enabledHolding(Role role) {
        return repository.findByEnabledTrueAndRolesInOrderByIdAsc(AccountDirectory.rolesWith(role)).stream()
                .map(AccountView::of)
                .toList();
    }

    /** Remembers the language a person chose, so pages and e-mails reach them in it. */
    @Transactional
    public void rememberLocale(String username, Locale locale) {
        repository.findByUsername(normalise(username)).ifPresent(account -> {
            if (!locale.getLanguage().equals(account.locale)) {
                account.locale = locale.getLanguage();
                repository.save(account);
            }
        });
    }

    /**
     * Someone left the company: their account is disabled at once, their sessions end and their pending links stop
     * working. The last active administrator is kept (and the history says why): locking everybody out is worse.
     */
    public void deprovision(String employeeNumber) {
        deprovisioning.getObject().left(employeeNumber);
    }

    /**
     * The directory changed these employees (their department, for instance): their accounts' copies are refreshed.
     */
    public void employeesChanged(java.util.Collection<String> employeeNumbers) {
        departments.getObject().refresh(employeeNumbers);
        personLinks.getObject().employeesChanged(employeeNumbers);
    }

    /** The directory changed in bulk (an HR import): every account's copy of its holder's department is refreshed. */
    public void directoryChanged() {
        departments.getObject().refreshAll();
        personLinks.getObject().directoryChanged();
    }

    /** Whether this active account accepts this password (for the start-up check of the published demo password). */
    @Transactional(readOnly = true)
    public boolean acceptsPassword(String username, String password) {
        return repository
                .findByUsername(normalise(username))
                .filter(account -> account.status == AccountStatus.ACTIVE && account.passwordHash != null)
                .map(account -> passwordEncoder.matches(password, account.passwordHash))
                .orElse(false);
    }

    /** The usernames of the active programme administrators, to tell them what needs their attention. */
    @Transactional(readOnly = true)
    public java.util.List<String> administrators() {
        return jdbc.sql("select username from user_account where status = 'ACTIVE' and roles like '%ADMIN%'"
                        + " order by id")
                .query(String.class)
                .list();
    }

    /** Records a sign-in, shown in the administrators' account list. */
    @Transactional
    void signedIn(long accountId) {
        jdbc.sql("update user_account set last_sign_in_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), accountId)
                .update();
    }

    /**
     * Whether this signed-in person manages a password here (so the menu offers "Password"): not after signing in with
     * the company account, nor when Binôme no longer accepts passwords for them.
     */
    public boolean managesPasswordHere(org.springframework.security.core.Authentication authentication) {
        if (authentication == null || authentication.getDetails() instanceof SsoSignIn.SsoSession) {
            return false;
        }
        return signInMethods.getObject().passwordFor(authentication.getName());
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
