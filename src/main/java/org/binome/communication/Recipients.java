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
        return directory.find(recipient).map(Recipients::ofPerson);
    }

    /** An employee without an account: in French, the product's first language. */
    private static Recipient ofPerson(org.binome.people.PersonView person) {
        return new Recipient(
                person.employeeNumber(), null, person.employeeNumber(), person.fullName(), person.email(), "fr");
    }

    /**
     * Many recipients at once, each found as {@link #resolve} finds it (an account by employee number, else by
     * username, else the employee in the directory), in a few queries per thousand names rather than one or more a
     * name. Names nobody answers to are left out of the map.
     */
    java.util.Map<String, Recipient> resolveAll(java.util.Collection<String> names) {
        var found = new java.util.HashMap<String, Recipient>();
        var asked =
                names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        var byNumber = new java.util.HashMap<String, Recipient>();
        accounts.findByEmployeeNumbers(asked).forEach(account -> byNumber.put(account.employeeNumber(), of(account)));
        var left = new java.util.ArrayList<String>();
        for (var name : asked) {
            var recipient = byNumber.get(name.trim());
            if (recipient != null) {
                found.put(name, recipient);
            } else {
                left.add(name);
            }
        }
        var byUsername = new java.util.HashMap<String, Recipient>();
        for (int from = 0; from < left.size(); from += 1000) {
            accounts.findByUsernames(left.subList(from, Math.min(left.size(), from + 1000)))
                    .forEach(account -> byUsername.put(account.username(), of(account)));
        }
        var people = new java.util.ArrayList<String>();
        for (var name : left) {
            var recipient = byUsername.get(name.strip().toLowerCase(java.util.Locale.ROOT));
            if (recipient != null) {
                found.put(name, recipient);
            } else {
                people.add(name);
            }
        }
        var inDirectory = new java.util.HashMap<String, Recipient>();
        directory.findAll(people).forEach(person -> inDirectory.put(person.employeeNumber(), ofPerson(person)));
        for (var name : people) {
            var recipient = inDirectory.get(name);
            if (recipient != null) {
                found.put(name, recipient);
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
