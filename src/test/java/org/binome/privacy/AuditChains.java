package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: moving audit entries back in time, re-chained as if they had been written then. */
final class AuditChains {

    private AuditChains() {}

    /** Dates the entries up to {@code lastSeq} at {@code at} and re-chains the whole log (the chain stays intact). */
    static void backdate(AuditLog audit, JdbcClient jdbc, long lastSeq, Instant at) {
        jdbc.sql("update audit_log set at = ? where seq <= ?")
                .params(Timestamp.from(at), lastSeq)
                .update();
        rechain(audit, jdbc);
    }

    /** Recomputes every hash from the anchor, as the rows would have been chained had they been written as they are. */
    static void rechain(AuditLog audit, JdbcClient jdbc) {
        var previous = jdbc.sql("select anchor_hash from audit_chain")
                .query(String.class)
                .single();
        var ordered = new ArrayList<>(audit.search(new AuditLog.Search(null, null, null, null, null), 1000));
        Collections.reverse(ordered);
        for (var row : ordered) {
            var rebuilt = new AuditLog.Entry(
                    row.seq(),
                    row.at(),
                    row.actor(),
                    row.action(),
                    row.target(),
                    row.subject(),
                    row.detail(),
                    row.actorSalt(),
                    row.actorDigest(),
                    row.subjectSalt(),
                    row.subjectDigest(),
                    previous,
                    null);
            var hash = AuditChain.hash(rebuilt);
            jdbc.sql("update audit_log set previous_hash = ?, hash = ? where seq = ?")
                    .params(previous, hash, row.seq())
                    .update();
            previous = hash;
        }
        jdbc.sql("update audit_chain set last_hash = ?").param(previous).update();
        assertThat(audit.verify().intact()).isTrue();
    }
}
