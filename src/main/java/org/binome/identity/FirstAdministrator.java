package org.binome.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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

    private static String generatePassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
