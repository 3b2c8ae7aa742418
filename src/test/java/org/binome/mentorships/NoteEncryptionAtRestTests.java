package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import org.binome.people.DemoCompanyLoaded;
import org.binome.privacy.NoteEncryption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Notes at rest after a key rotation: the installation now uses k2 and still knows k1. Notes written under k1 or
 * before encryption stay readable, and the re-encryption job rewrites them under k2; re-running it changes nothing.
 */
@Tag("database")
@SpringBootTest(
        properties = {
            "binome.privacy.notes-key=q1n0t1jA2b9yQ6pTqUv9yC3mD8eX7wZs4r5t6u7v8w0=",
            "binome.privacy.notes-key-id=k2",
            "binome.privacy.notes-old-keys.k1=5aPp6ACQftUH6kYbd5fKuDQI/aN5ndemql7qUSo0YZ4="
        })
@ActiveProfiles({"test", "demo"})
class NoteEncryptionAtRestTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mentorships mentorships;

    @Autowired
    NoteEncryption encryption;

    @Autowired
    NoteKeyRotation rotation;

    @Test
    void notesAreEncryptedAtRestAndRotationRewritesOldOnesWhichStayReadable() {
        var mentor = DemoCompanyLoaded.YOUNG_MENTOR;
        var pair = mentorships.activeMentorshipsOf(mentor).get(0).id();
        mentorships.writeNote(pair, mentor, "Note écrite avec la clé k2", false);
        var stored = body("Note écrite avec la clé k2");
        assertThat(stored).startsWith("enc:v1:k2:");

        var k1 = new NoteEncryption(new MockEnvironment()
                .withProperty("binome.privacy.notes-key", "5aPp6ACQftUH6kYbd5fKuDQI/aN5ndemql7qUSo0YZ4="));
        insert(pair, mentor, k1.encrypt("Ancienne note sous k1"));
        insert(pair, mentor, "Note d'avant le chiffrement");

        assertThat(rotation.reencrypt()).isGreaterThanOrEqualTo(2);
        assertThat(rotation.reencrypt()).isZero();

        var bodies =
                jdbc.sql("select body from mentorship_note").query(String.class).list();
        assertThat(bodies).allSatisfy(b -> assertThat(b).startsWith("enc:v1:k2:"));
        assertThat(bodies.stream().map(encryption::decrypt))
                .contains("Ancienne note sous k1", "Note d'avant le chiffrement", "Note écrite avec la clé k2");
    }

    private String body(String text) {
        return jdbc.sql("select body from mentorship_note").query(String.class).list().stream()
                .filter(b -> text.equals(encryption.decrypt(b)))
                .findFirst()
                .orElseThrow();
    }

    private void insert(long pair, String author, String body) {
        jdbc.sql("insert into mentorship_note (mentorship_id, author, shared, body, created_at) values (?, ?, false, ?,"
                        + " current_timestamp)")
                .params(pair, author, body)
                .update();
    }
}
