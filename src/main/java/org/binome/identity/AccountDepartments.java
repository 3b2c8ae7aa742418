package org.binome.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's copy of its holder's department, for the administrators' list (filtered with an index). The directory
 * owns the department: a new account takes it from the directory, and the people module asks for a refresh whenever it
 * changes people (HR import, an edit, SCIM). Accounts whose copy is missing are filled at start-up.
 */
@Component
class AccountDepartments implements BeforeConvertCallback<UserAccount> {

    private static final Logger log = LoggerFactory.getLogger(AccountDepartments.class);
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectProvider<EmployeeDirectory> directory;

    AccountDepartments(JdbcClient jdbc, JdbcTemplate batch, ObjectProvider<EmployeeDirectory> directory) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.directory = directory;
    }

    /** A new account linked to an employee takes their department. */
    @Override
    public UserAccount onBeforeConvert(UserAccount account) {
        var people = directory.getIfAvailable();
        if (account.id == null && account.department == null && account.employeeNumber != null && people != null) {
            account.department =
                    people.departmentsOf(List.of(account.employeeNumber)).get(account.employeeNumber);
        }
        return account;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        var numbers = jdbc.sql("select distinct employee_number from user_account"
                        + " where department is null and employee_number is not null")
                .query(String.class)
                .list();
        int changed = refresh(numbers);
        if (changed > 0) {
            log.info("Departments copied to {} account(s) from the directory", changed);
        }
    }

    /** Copies the departments of these employees to their accounts; returns how many accounts changed. */
    @Transactional
    int refresh(Collection<String> employeeNumbers) {
        var people = directory.getIfAvailable();
        if (people == null || employeeNumbers.isEmpty()) {
            return 0;
        }
        var all = new ArrayList<>(employeeNumbers);
        int changed = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            var part = all.subList(from, Math.min(all.size(), from + CHUNK));
            var stored = new HashMap<String, String>();
            jdbc.sql("select employee_number, department from user_account where employee_number in (:numbers)")
                    .param("numbers", part)
                    .query(rs -> {
                        stored.put(rs.getString(1), rs.getString(2));
                    });
            if (stored.isEmpty()) {
                continue; // nobody of them has an account (yet): nothing to copy
            }
            var departments = people.departmentsOf(stored.keySet());
            var updates = new ArrayList<Object[]>();
            for (var entry : stored.entrySet()) {
                var department = departments.get(entry.getKey());
                if (!Objects.equals(department, entry.getValue())) {
                    updates.add(new Object[] {department, entry.getKey()});
                }
            }
            if (!updates.isEmpty()) {
                changed += updates.size();
                batch.batchUpdate("update user_account set department = ? where employee_number = ?", updates);
            }
        }
        return changed;
    }

    /** Every account linked to an employee (after an HR import, inside its transaction). */
    @Transactional
    int refreshAll() {
        return refresh(jdbc.sql("select distinct employee_number from user_account where employee_number is not null")
                .query(String.class)
                .list());
    }
}
