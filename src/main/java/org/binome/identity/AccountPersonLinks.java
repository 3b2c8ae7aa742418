package org.binome.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an account that belongs to nobody of the directory (the first administrator, created on an empty database) to
 * its holder: by itself when the directory gets a person whose work e-mail is the account's username or e-mail (HR
 * import, an edit, SCIM), or by an administrator from the account's page. An account is linked to one person only, a
 * person has one account only, and the link is recorded in the account's history.
 */
@Component
class AccountPersonLinks {

    /** The history's actor when the directory linked the account by itself. */
    static final String DIRECTORY = "directory";

    private final UserAccountRepository repository;
    private final ObjectProvider<EmployeeDirectory> directory;
    private final AccountAudit audit;
    private final AccountMessages messages;
    private final JdbcClient jdbc;

    AccountPersonLinks(
            UserAccountRepository repository,
            ObjectProvider<EmployeeDirectory> directory,
            AccountAudit audit,
            AccountMessages messages,
            JdbcClient jdbc) {
        this.repository = repository;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** An administrator links this account to the employee with this number. */
    @Transactional
    void link(long accountId, int seenVersion, String employeeNumber, String actor) {
        var account =
                repository.findById(accountId).orElseThrow(() -> RuleViolation.notFound("accounts.error.notFound"));
        if (account.version != seenVersion) {
            throw RuleViolation.conflict("accounts.error.conflict");
        }
        if (account.employeeNumber != null) {
            throw RuleViolation.conflict("accounts.link.error.alreadyLinked", account.employeeNumber);
        }
        var number = employeeNumber == null ? "" : employeeNumber.strip();
        if (number.isEmpty()) {
            throw RuleViolation.invalid("accounts.link.error.required");
        }
        var employee = employees(List.of(number)).stream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("accounts.link.error.unknown", number));
        if (employee.left()) {
            throw RuleViolation.conflict("accounts.link.error.left", employee.fullName());
        }
        holderOf(employee.employeeNumber()).ifPresent(other -> {
            throw RuleViolation.conflict("accounts.link.error.taken", employee.fullName(), other);
        });
        attach(account, employee, actor);
    }

    /** These employees were saved: an unlinked account named after one's work e-mail becomes theirs. */
    @Transactional
    int employeesChanged(Collection<String> employeeNumbers) {
        if (employeeNumbers.isEmpty()) {
            return 0;
        }
        var unlinked = unlinked();
        if (unlinked.isEmpty()) {
            return 0;
        }
        int linked = 0;
        for (var employee : employees(employeeNumbers)) {
            if (linkByEmail(employee, unlinked)) {
                linked++;
            }
        }
        return linked;
    }

    /** The directory changed in bulk (an HR import): each unlinked account looks for its holder by e-mail. */
    @Transactional
    int directoryChanged() {
        var people = directory.getIfAvailable();
        if (people == null) {
            return 0;
        }
        var unlinked = unlinked();
        int linked = 0;
        for (var account : List.copyOf(unlinked)) {
            for (var email : emailsOf(account)) {
                var employee = people.findByEmail(email);
                if (employee.isPresent() && linkByEmail(employee.get(), unlinked)) {
                    linked++;
                    break;
                }
            }
        }
        return linked;
    }

    private boolean linkByEmail(EmployeeDirectory.Employee employee, List<UserAccount> unlinked) {
        if (employee.email() == null || employee.email().isBlank() || employee.left()) {
            return false;
        }
        if (holderOf(employee.employeeNumber()).isPresent()) {
            return false;
        }
        var email = employee.email().strip().toLowerCase(Locale.ROOT);
        var account = unlinked.stream().filter(a -> emailsOf(a).contains(email)).findFirst();
        account.ifPresent(a -> {
            attach(a, employee, DIRECTORY);
            unlinked.remove(a);
        });
        return account.isPresent();
    }

    private void attach(UserAccount account, EmployeeDirectory.Employee employee, String actor) {
        account.employeeNumber = employee.employeeNumber();
        account.displayName = employee.fullName();
        if (account.email == null || account.email.isBlank()) {
            account.email = employee.email();
        }
        account.department = employee.department();
        // Every account holder of the directory takes part.
        var roles = account.roleSet();
        roles.add(Role.PARTICIPANT);
        account.setRoles(roles);
        account.refreshKeys();
        account.touchAccess();
        repository.save(account);
        audit.record(account.id, actor, "linked", employee.employeeNumber());
        messages.tell(account.username, "account.linked", Map.of("name", employee.fullName()), "/me");
    }

    /** Accounts without a directory person that may still sign in (there are a handful at most). */
    private List<UserAccount> unlinked() {
        var ids = jdbc.sql("select id from user_account where employee_number is null and status <> 'DISABLED'")
                .query(Long.class)
                .list();
        return ids.isEmpty() ? new java.util.ArrayList<>() : new java.util.ArrayList<>(repository.findAllById(ids));
    }

    private Optional<String> holderOf(String employeeNumber) {
        return repository.findFirstByEmployeeNumberOrderByIdAsc(employeeNumber).map(a -> a.username);
    }

    private List<EmployeeDirectory.Employee> employees(Collection<String> employeeNumbers) {
        var people = directory.getIfAvailable();
        return people == null ? List.of() : people.find(employeeNumbers);
    }

    private static List<String> emailsOf(UserAccount account) {
        return java.util.stream.Stream.of(account.username, account.email)
                .filter(value -> value != null && value.contains("@"))
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
