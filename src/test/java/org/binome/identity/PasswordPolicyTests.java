package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertThat(PasswordPolicy.violation("aaaaaaaaaaaa")).isEmpty();
        assertThat(PasswordPolicy.violation("correct horse")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(PasswordPolicy.violation("aaaaaaaaaaa")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation(null)).contains("password.tooShort");
    }

    @Test
    void accentsCountAsOneCharacterEach() {
        assertThat(PasswordPolicy.violation("éééééééééééé")).isEmpty();
    }

    @Test
    void passwordsBeyondWhatBcryptReadsAreRefused() {
        assertThat(PasswordPolicy.violation("a".repeat(64))).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(65))).contains("password.tooLong");
        // 40 characters but 80 bytes: bcrypt would silently ignore the end.
        assertThat(PasswordPolicy.violation("é".repeat(40))).contains("password.tooLong");
    }
}
