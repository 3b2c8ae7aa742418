package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's hash chain: appends, tampering found, concurrent appends, retention and erasure keep it valid.
 *
 * <p>A module test: only the privacy module's beans start (it depends on no other module's), with the whole schema
 * migrated and no demo data.
 */
@Tag("database")
@ApplicationModuleTest
@ActiveProfiles("test")
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    void chainIsIntactBefore() {
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void eachEntryIsChainedToThePreviousOne() {
        var first = audit.append("admin", "TEST_FIRST", "person", "ML09001", "one");
        var second = audit.append(null, "TEST_SECOND", "import:1", null, null);

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.actor()).isEqualTo("system");
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.about("ML09001")).extracting(AuditLog.Entry::action).contains("TEST_FIRST");
    }

    @Test
    void aTamperedRowIsDetected() {
        audit.record("admin", "TEST_BEFORE", "x", null, null);
        var target = audit.append("admin", "ROLE_GRANTED", "account:7", "ML09002", "ADMIN");
        audit.record("admin", "TEST_AFTER", "x", null, null);

        jdbc.sql("update audit_log set detail = 'SPONSOR' where seq = ?")
                .param(target.seq())
                .update();
        var verification = audit.verify();
        restore(target);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(target.seq());
    }

    @Test
    void aChangedActorIsDetectedThoughOnlyItsDigestIsChained() {
        var target = audit.append("admin", "ROLE_GRANTED", "account:7", "ML09003", "ADMIN");
        jdbc.sql("update audit_log set actor = 'someone-else' where seq = ?")
                .param(target.seq())
                .update();
        var verification = audit.verify();
        restore(target);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(target.seq());
    }

    @Test
    void aRemovedRowIsDetected() {
        var removed = audit.append("admin", "TEST_REMOVED", "x", null, null);
        audit.record("admin", "TEST_KEPT", "x", null, null);
        jdbc.sql("delete from audit_log where seq = ?").param(removed.seq()).update();
        var verification = audit.verify();
        reinsert(removed);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(removed.seq());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsFromManyTransactionsKeepOneValidChain() throws Exception {
        var before = count();
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        var transaction = new TransactionTemplate(transactions);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    int n = i;
                    // Each append in its own transaction, like requests on several nodes.
                    transaction.executeWithoutResult(
                            status -> audit.record("node-" + thread, "TEST_CONCURRENT", "x", null, "n" + n));
                }
                return null;
            }));
        }
        start.countDown();
        for (var future : futures) {
            future.get(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(count()).isEqualTo(before + 100);
        var verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        var seqs = jdbc.sql("select seq from audit_log order by seq")
                .query(Long.class)
                .list();
        for (int i = 1; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
        }
    }

    @Test
    void retentionRemovesOldEntriesAndTheRestStillVerifiesTwice() {
        audit.record("admin", "TEST_OLD", "x", null, null);
        var old = audit.append("admin", "TEST_OLD", "x", null, null);
        // Moving the time of rows breaks their hash: re-chained from the start as if they had been written then.
        AuditChains.backdate(audit, jdbc, old.seq(), clock.instant().minus(Duration.ofDays(400)));
        var kept = audit.append("admin", "TEST_NEW", "x", null, null);

        var cutoff = clock.instant().minus(Duration.ofDays(365));
        assertThat(audit.countBefore(cutoff)).isPositive();
        assertThat(audit.purgeBefore(cutoff)).isPositive();
        assertThat(audit.purgeBefore(cutoff)).isZero();

        assertThat(audit.countBefore(cutoff)).isZero();
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.search(new AuditLog.Search(null, null, "TEST_NEW", null, null), 10))
                .extracting(AuditLog.Entry::seq)
                .contains(kept.seq());
    }

    @Test
    void erasurePseudonymisesActorAndSubjectWithoutBreakingTheChain() {
        audit.record("erased-user", "SIGN_IN", "session", "ML09004", null);
        audit.record("admin", "PERSON_PROFILE_VIEWED", "person", "ML09004", null);
        var pseudonym = "ANON-TESTAUDIT01";
        jdbc.sql("insert into privacy_erasure (number_digest, pseudonym, status, reason, requested_by, started_at)"
                        + " values (?, ?, 'DONE', 'REQUEST', 'admin', ?)")
                .params("0".repeat(64), pseudonym, java.sql.Timestamp.from(clock.instant()))
                .update();

        audit.pseudonymise(List.of("ML09004", "erased-user"), pseudonym);

        assertThat(audit.about("ML09004")).isEmpty();
        assertThat(audit.search(new AuditLog.Search("erased-user", null, null, null, null), 10))
                .isEmpty();
        assertThat(audit.about(pseudonym)).hasSize(2);
        assertThat(audit.verify().intact()).isTrue();

        // A forged "pseudonym" that no erasure recorded does not pass.
        var forged = audit.append("admin", "ROLE_GRANTED", "account:9", "ML09005", null);
        jdbc.sql("update audit_log set subject = 'ANON-FORGED', subject_salt = null where seq = ?")
                .param(forged.seq())
                .update();
        var verification = audit.verify();
        jdbc.sql("update audit_log set subject = ?, subject_salt = ? where seq = ?")
                .params(forged.subject(), forged.subjectSalt(), forged.seq())
                .update();
        assertThat(verification.firstBrokenSeq()).isEqualTo(forged.seq());
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

    private void restore(AuditLog.Entry e) {
        jdbc.sql("update audit_log set actor = ?, detail = ? where seq = ?")
                .params(e.actor(), e.detail(), e.seq())
                .update();
        assertThat(audit.verify().intact()).isTrue();
    }

    private void reinsert(AuditLog.Entry e) {
        jdbc.sql(
                        "insert into audit_log (seq, at, actor, action, target, subject, detail, actor_salt, actor_digest,"
                                + " subject_salt, subject_digest, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.seq(),
                        java.sql.Timestamp.from(e.at()),
                        e.actor(),
                        e.action(),
                        e.target(),
                        e.subject(),
                        e.detail(),
                        e.actorSalt(),
                        e.actorDigest(),
                        e.subjectSalt(),
                        e.subjectDigest(),
                        e.previousHash(),
                        e.hash())
                .update();
    }
}
