package org.binome.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Length is what makes a password strong, so the policy asks for 12 characters and no composition rules (NIST SP
 * 800-63B, ANSSI). The upper bound comes from bcrypt, which only reads the first 72 bytes.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** The message key of the first broken rule, if any. */
    static Optional<String> violation(CharSequence password) {
        if (password == null || password.codePoints().count() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePoints().count() > MAX_LENGTH
                || password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        return Optional.empty();
    }
}
