package org.binome.people;

import java.util.List;
import org.binome.identity.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * A person saved one at a time (an administrator's edit, SCIM, a new person) may have changed department: the copy on
 * their account follows, in the same transaction. The HR import refreshes every account once it has written.
 */
@Component
class AccountDepartmentSync implements AfterSaveCallback<Person> {

    private final ObjectProvider<Accounts> accounts;

    AccountDepartmentSync(ObjectProvider<Accounts> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Person onAfterSave(Person person) {
        if (person.employeeNumber != null) {
            accounts.getObject().employeesChanged(List.of(person.employeeNumber));
        }
        return person;
    }
}
