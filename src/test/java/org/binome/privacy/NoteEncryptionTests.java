package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.mock.env.MockEnvironment;

/** AES-GCM for notes: round trip, tampering refused, rotation keeps old values readable, and safe start-up choices. */
class NoteEncryptionTests {

    static final String K1 = "5aPp6ACQftUH6kYbd5fKuDQI/aN5ndemql7qUSo0YZ4=";
    static final String K2 = "q1n0t1jA2b9yQ6pTqUv9yC3mD8eX7wZs4r5t6u7v8w0=";

    @Test
    void aNoteIsStoredEncryptedAndReadBack() {
        var encryption = new NoteEncryption(new MockEnvironment().withProperty("binome.privacy.notes-key", K1));
        var stored = encryption.encrypt("Bernard apprend vite");

        assertThat(stored).startsWith("enc:v1:k1:").doesNotContain("Bernard");
        assertThat(encryption.encrypt("Bernard apprend vite")).isNotEqualTo(stored);
        assertThat(encryption.decrypt(stored)).isEqualTo("Bernard apprend vite");
        assertThat(encryption.decrypt("written before encryption")).isEqualTo("written before encryption");
        assertThat(NoteEncryption.keyIdOf(stored)).isEqualTo("k1");
    }

    @Test
    void anAlteredValueIsRefusedRatherThanShownAsGarbage() {
        var encryption = new NoteEncryption(new MockEnvironment().withProperty("binome.privacy.notes-key", K1));
        var stored = encryption.encrypt("secret");
        // one character of the tag changed for another: the one replaced decides which (comparing the last one, as
        // before, left the value unchanged whenever the replaced character already was an "A", one run in 64)
        int at = stored.length() - 6;
        var altered = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);

        assertThat(altered).isNotEqualTo(stored);
        assertThatThrownBy(() -> encryption.decrypt(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldNotesStayReadableAndNeedReencryption() {
        var before = new NoteEncryption(new MockEnvironment().withProperty("binome.privacy.notes-key", K1));
        var old = before.encrypt("old note");

        var after = new NoteEncryption(new MockEnvironment()
                .withProperty("binome.privacy.notes-key", K2)
                .withProperty("binome.privacy.notes-key-id", "k2")
                .withProperty("binome.privacy.notes-old-keys.k1", K1));

        assertThat(after.decrypt(old)).isEqualTo("old note");
        assertThat(after.needsReencryption(old)).isTrue();
        var rewritten = after.encrypt(after.decrypt(old));
        assertThat(after.needsReencryption(rewritten)).isFalse();
        assertThat(NoteEncryption.keyIdOf(rewritten)).isEqualTo("k2");

        var withoutOldKey = new NoteEncryption(new MockEnvironment()
                .withProperty("binome.privacy.notes-key", K2)
                .withProperty("binome.privacy.notes-key-id", "k2"));
        assertThatThrownBy(() -> withoutOldKey.decrypt(old))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("binome.privacy.notes-old-keys.k1");
    }

    @Test
    void withoutAKeyPostgresqlRefusesToStartAndAnInMemoryDatabaseUsesATemporaryOne() {
        assertThatThrownBy(() -> new NoteEncryption(
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/binome")))
                // Boot's "APPLICATION FAILED TO START" report names the property and the reason, no stack trace
                .isInstanceOfSatisfying(
                        InvalidConfigurationPropertyValueException.class,
                        e -> assertThat(e.getName()).isEqualTo("binome.privacy.notes-key"))
                .hasMessageContaining("BINOME_PRIVACY_NOTES_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        var memory = new NoteEncryption(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x"));
        assertThat(memory.decrypt(memory.encrypt("x"))).isEqualTo("x");
        assertThatThrownBy(() ->
                        new NoteEncryption(new MockEnvironment().withProperty("binome.privacy.notes-key", "c2hvcnQ=")))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void theEmbeddedDatabaseGetsAKeyFileKeptAcrossRestarts() throws Exception {
        var dir = java.nio.file.Files.createTempDirectory("notes-key");
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/binome")
                .withProperty(
                        "binome.privacy.notes-key-file",
                        dir.resolve("notes.key").toString());
        var first = new NoteEncryption(env);
        var stored = first.encrypt("kept");
        var restarted = new NoteEncryption(env);

        assertThat(restarted.decrypt(stored)).isEqualTo("kept");
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("notes.key")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }
}
