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

    /**
     * Many recipients at once, by username, in one query (a bulk invitation's chunk); a name that is no username is
     * resolved as {@link #resolve} does. Names nobody answers to are left out of the map.
     */
    java.util.Map<String, Recipient> resolveAll(java.util.Collection<String> names) {
        var found = new java.util.HashMap<String, Recipient>();
        var byUsername = new java.util.HashMap<String, Recipient>();
        accounts.findByUsernames(names).forEach(account -> byUsername.put(account.username(), of(account)));
        for (var name : names) {
            var recipient = byUsername.get(name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT));
            if (recipient != null) {
                found.put(name, recipient);
            } else {
                resolve(name).ifPresent(r -> found.put(name, r));
            }
        }
        return found;
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
