package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void twelveCharactersOfAnyKindAreEnoughWhenTheyAreNotGuessable() {
        assertThat(PasswordPolicy.violation("Tr0ub4dor&3xyz")).isEmpty();
        assertThat(PasswordPolicy.violation("my own long passphrase")).isEmpty();
        assertThat(PasswordPolicy.violation("binome-demo-2026")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(PasswordPolicy.violation("aaaaaaaaaaa")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation(null)).contains("password.tooShort");
    }

    @Test
    void accentsCountAsOneCharacterEach() {
        assertThat(PasswordPolicy.violation("éléphant-rosé-à-vélo")).isEmpty();
        assertThat(PasswordPolicy.violation("éléphantrosé")).isNotEqualTo(java.util.Optional.of("password.tooShort"));
    }

    @Test
    void passwordsBeyondWhatBcryptReadsAreRefused() {
        var sixtyFour = "kx7-Qm2p-Zr9w-Lt4v-".repeat(4).substring(0, 64);
        assertThat(PasswordPolicy.violation(sixtyFour)).isEmpty();
        assertThat(PasswordPolicy.violation(sixtyFour + "a")).contains("password.tooLong");
        // 40 characters but 80 bytes: bcrypt would silently ignore the end.
        assertThat(PasswordPolicy.violation("é".repeat(40))).contains("password.tooLong");
    }

    @Test
    void commonLeakedAndPatternedPasswordsAreRefusedWhateverTheirLength() {
        for (var weak : new String[] {
            "123456789012",
            "passwordpassword",
            "aaaaaaaaaaaa",
            "azertyuiopqs",
            "motdepasse123",
            "iloveyou1234",
            "qwertyuiop123",
            "admin1234567",
            "éééééééééééé"
        }) {
            assertThat(PasswordPolicy.violation(weak)).as(weak).contains("password.guessable");
        }
    }
}
