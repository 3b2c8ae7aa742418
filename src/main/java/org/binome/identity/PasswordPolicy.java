package org.binome.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;

/**
 * Length is what makes a password strong, so the policy asks for 12 characters and no composition rules (NIST SP
 * 800-63B, ANSSI). The upper bound comes from bcrypt, which only reads the first 72 bytes. A long password can still
 * be one everybody tries first ({@code 123456789012}, {@code passwordpassword}, {@code azertyuiopqs}): nbvcxz
 * estimates how many guesses it takes, against the leaked-password list it ships (the most common passwords of public
 * breaches), dictionaries of words and names, keyboard walks, sequences, repeats and dates (OWASP ASVS 6.2.4, 6.2.12).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    /** Below this many bits of estimated entropy (about 34 billion guesses) a password is refused as guessable. */
    static final double MIN_ENTROPY_BITS = 35;

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
        if (Estimator.INSTANCE.estimate(password.toString()).getEntropy() < MIN_ENTROPY_BITS) {
            return Optional.of("password.guessable");
        }
        return Optional.empty();
    }

    /** Loading the dictionaries takes a couple of seconds: done once, the first time a password is checked. */
    private static final class Estimator {
        static final Nbvcxz INSTANCE = new Nbvcxz();
    }
}
