package org.binome.communication;

import java.util.Locale;

/** Who a message goes to, resolved from an employee number or a username. */
record Recipient(String key, String username, String employeeNumber, String displayName, String email, String locale) {

    Locale language() {
        return "en".equals(locale) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
