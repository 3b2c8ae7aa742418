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

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public AccountView open(NewAccount account) {
        PasswordPolicy.violation(new String(account.password())).ifPresent(key -> {
            throw new InvalidPasswordException(key);
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

    /** Every account that can sign in, for instance to address an announcement to everyone. */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> enabledAccounts() {
        return repository.findByEnabledTrueOrderByIdAsc().stream()
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

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
