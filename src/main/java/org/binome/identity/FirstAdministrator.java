package org.binome.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation without demo data has nobody who could sign in. This opens an {@code admin} account once,
 * with the password from {@code BINOME_ADMIN_PASSWORD} or a generated one printed a single time, and that password
 * must be replaced at first sign-in.
 */
@Component
@Order(100) // after the demo company, which opens its own accounts
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String configuredPassword;

    FirstAdministrator(Accounts accounts, @Value("${BINOME_ADMIN_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            return;
        }
        var generated = configuredPassword.isBlank();
        var password = generated ? generatePassword() : configuredPassword;
        if (!generated) {
            refuseWeak(configuredPassword);
        }
        accounts.open(new NewAccount(
                "admin", "Administrateur", null, password.toCharArray(), EnumSet.of(Role.ADMIN), "fr", null, true));
        if (generated) {
            // Printed once, on purpose: it is the only way in, and it must be changed at first sign-in.
            System.out.println("\n=== Binôme: first administrator 'admin' created, password: " + password
                    + " (to be changed at first sign-in) ===\n");
        } else {
            log.info("First administrator 'admin' created with the password from BINOME_ADMIN_PASSWORD");
        }
    }

    /**
     * An installer who chose a password expects that one to work: a weak one stops the start with the reason (Spring
     * Boot's "APPLICATION FAILED TO START" report, no stack trace) rather than being replaced behind their back. The
     * value itself is never logged.
     */
    static void refuseWeak(String password) {
        PasswordPolicy.violation(password).ifPresent(key -> {
            log.error("BINOME_ADMIN_PASSWORD is refused: {}", REASONS.get(key));
            throw new InvalidConfigurationPropertyValueException(PROPERTY, "(hidden)", REASONS.get(key));
        });
    }

    static final String PROPERTY = "BINOME_ADMIN_PASSWORD";

    private static final java.util.Map<String, String> REASONS = java.util.Map.of(
            "password.tooShort",
            "the first administrator's password must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters. Choose a longer passphrase, or leave BINOME_ADMIN_PASSWORD unset to have one"
                    + " generated and printed once.",
            "password.tooLong",
            "the first administrator's password must have at most " + PasswordPolicy.MAX_LENGTH
                    + " characters (72 bytes). Choose a shorter passphrase, or leave BINOME_ADMIN_PASSWORD unset to"
                    + " have one generated and printed once.",
            "password.guessable",
            "the first administrator's password is too easy to guess (a common or leaked password, a keyboard"
                    + " walk, a repeat or dictionary words; at least " + (int) PasswordPolicy.MIN_ENTROPY_BITS
                    + " bits are required). Choose a passphrase of several unrelated words with a number, e.g."
                    + " 'Correct-Horse-Battery-42' (not that one), or leave BINOME_ADMIN_PASSWORD unset to have one"
                    + " generated and printed once.");

    private static String generatePassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
