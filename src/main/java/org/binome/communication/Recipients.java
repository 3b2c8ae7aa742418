package org.binome.communication;

import java.util.Optional;
import org.binome.identity.AccountView;
import org.binome.identity.Accounts;
import org.binome.people.Directory;
import org.springframework.stereotype.Component;

/**
 * Finds the person behind a recipient: their account (for its language and e-mail address) by employee number or
 * username, or else the employee in the directory (French, the product's first language).
 */
@Component
class Recipients {

    private final Accounts accounts;
    private final Directory directory;

    Recipients(Accounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    Optional<Recipient> resolve(String recipient) {
        var account = accounts.findByEmployeeNumber(recipient).or(() -> accounts.findByUsername(recipient));
        if (account.isPresent()) {
            return account.map(Recipients::of);
        }
        return directory
                .find(recipient)
                .map(person -> new Recipient(
                        person.employeeNumber(),
                        null,
                        person.employeeNumber(),
                        person.fullName(),
                        person.email(),
                        "fr"));
    }

    static Recipient of(AccountView account) {
        var email = account.email();
        return new Recipient(
                account.username(),
                account.username(),
                account.employeeNumber(),
                account.displayName(),
                email,
                account.locale());
    }
}
