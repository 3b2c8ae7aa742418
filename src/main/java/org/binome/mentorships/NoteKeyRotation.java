package org.binome.mentorships;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.binome.privacy.NoteEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-encrypts notes stored under an older key (after a key rotation) or in plain text (written before encryption
 * existed), one note at a time and only if it did not change meanwhile: safe to interrupt and to re-run, on one node
 * at a time.
 */
@Component
class NoteKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(NoteKeyRotation.class);

    private final JdbcClient jdbc;
    private final NoteEncryption encryption;

    NoteKeyRotation(JdbcClient jdbc, NoteEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Scheduled(cron = "${binome.privacy.notes-reencrypt-cron:0 45 3 * * *}", zone = "${binome.time-zone}")
    @SchedulerLock(name = "notes-reencryption", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void daily() {
        reencrypt();
    }

    /** Returns how many notes were rewritten. */
    int reencrypt() {
        int rewritten = 0;
        var notes = jdbc.sql("select id, body from mentorship_note order by id")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        for (var note : notes) {
            var stored = (String) note[1];
            if (!encryption.needsReencryption(stored)) {
                continue;
            }
            rewritten += jdbc.sql("update mentorship_note set body = ? where id = ? and body = ?")
                    .params(encryption.encrypt(encryption.decrypt(stored)), note[0], stored)
                    .update();
        }
        if (rewritten > 0) {
            log.info("Re-encrypted {} notes under the current key", rewritten);
        }
        return rewritten;
    }
}
