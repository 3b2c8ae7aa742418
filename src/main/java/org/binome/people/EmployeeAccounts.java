package org.binome.people;

import java.util.Collection;
import java.util.List;
import org.binome.identity.Accounts;
import org.binome.identity.EmployeeDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The directory as identity sees it (to invite employees), and the way a departure reaches accounts: when someone
 * leaves, their account is disabled at once.
 */
@Component
class EmployeeAccounts implements EmployeeDirectory {

    private final Directory directory;
    private final Accounts accounts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    EmployeeAccounts(Directory directory, Accounts accounts, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.directory = directory;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public List<Employee> find(Collection<String> employeeNumbers) {
        return directory.findAll(employeeNumbers).stream()
                .map(person -> new Employee(
                        person.employeeNumber(),
                        person.fullName(),
                        person.email(),
                        person.department(),
                        language(person.languages()),
                        person.status() == PersonStatus.LEFT))
                .toList();
    }

    @Override
    public java.util.Map<String, String> departmentsOf(Collection<String> employeeNumbers) {
        var departments = new java.util.HashMap<String, String>();
        if (!employeeNumbers.isEmpty()) {
            jdbc.sql("select employee_number, department from person where employee_number in (:numbers)")
                    .param("numbers", employeeNumbers)
                    .query(rs -> {
                        departments.put(rs.getString(1), rs.getString(2));
                    });
        }
        return departments;
    }

    @Override
    public List<String> activeEmployeeNumbers(String department, String site) {
        return directory.activeEmployeeNumbers(department, site);
    }

    @Override
    public List<String> employeeNumbersIn(String department) {
        return directory.employeeNumbersIn(department);
    }

    @Override
    public List<String> departments() {
        return directory.departments();
    }

    @Override
    public List<String> sites() {
        return directory.sites();
    }

    @Override
    public java.util.Optional<Employee> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return java.util.Optional.empty();
        }
        var numbers = jdbc.sql("select employee_number from person where email_key = ? order by status, id")
                .param(email.strip().toLowerCase(java.util.Locale.ROOT))
                .query(String.class)
                .list();
        return numbers.isEmpty()
                ? java.util.Optional.empty()
                : find(List.of(numbers.get(0))).stream().findFirst();
    }

    @ApplicationModuleListener
    void on(PersonLeft departure) {
        accounts.deprovision(departure.employeeNumber());
    }

    private static String language(List<String> languages) {
        if (languages == null || languages.isEmpty() || languages.contains("fr")) {
            return "fr";
        }
        return languages.contains("en") ? "en" : "fr";
    }
}
