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

    EmployeeAccounts(Directory directory, Accounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
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
