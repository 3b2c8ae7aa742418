package org.binome.privacy;

import static org.binome.privacy.AuditChain.COLUMNS;
import static org.binome.privacy.AuditChain.digest;
import static org.binome.privacy.AuditChain.hash;
import static org.binome.privacy.AuditChain.salt;
import static org.binome.privacy.AuditChain.vouched;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: who did what to which record, append-only, each row chained to the previous one by SHA-256 so that
 * a changed, inserted or removed row shows at verification. Entries hold the minimum: who acted (a username or
 * "system"), the action, the record (e.g. {@code person:ML00022}), the person it is about (an employee number) and a
 * short detail without content. It is never used to monitor activity (the information notice says so).
 *
 * <p>Appends take the chain head row's lock ({@code select ... for update}) in the caller's transaction, so entries
 * from several nodes are serialised by the database and an entry rolls back with the action it records.
 *
 * <p>How a row is read, salted, digested and hashed is defined once, in {@link AuditChain}: appending, verifying,
 * purging, pseudonymising and backfilling all go through it.
 */
@Service
public class AuditLog {

    /** One row of the log. */
    record Entry(
            long seq,
            Instant at,
            String actor,
            String action,
            String target,
            String subject,
            String detail,
            String actorSalt,
            String actorDigest,
            String subjectSalt,
            String subjectDigest,
            String previousHash,
            String hash) {}

    /** The result of walking the chain: intact, or the first row whose hash does not follow. */
    record Verification(boolean intact, long checked, Long firstBrokenSeq) {}

    /**
     * An entry kept elsewhere before the log existed (identity's account history): when it happened and the same
     * fields as {@link #record}.
     */
    public record Earlier(Instant at, String actor, String action, String target, String subject, String detail) {}

    /** What an administrator searches for; every field optional. */
    record Search(String actor, String subject, String action, Instant from, Instant to) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final java.util.function.Supplier<java.time.Duration> kept;

    AuditLog(JdbcClient jdbc, Clock clock, RecordOfProcessing record) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kept = () -> record.retention("audit").duration();
    }

    /**
     * Appends an entry. {@code actor}: the username of who acted (null: the system); {@code target}: the record, as
     * {@code kind:id}; {@code subject}: the employee number of the person concerned, if any; {@code detail}: a
     * short description without content (cut at 300 characters).
     */
    @Transactional
    public void record(String actor, String action, String target, String subject, String detail) {
        append(actor, action, target, subject, detail);
    }

    /** {@link #record}, and the row as written (this module's tests read its chain fields). */
    @Transactional
    Entry append(String actor, String action, String target, String subject, String detail) {
        var head = jdbc.sql("select last_seq, last_hash from audit_chain where id = 1 for update")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        String previous = (String) head[1];
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var who = cut(actor == null || actor.isBlank() ? "system" : actor, 100);
        var about = cut(subject, 50);
        var actorSalt = salt();
        var subjectSalt = salt();
        var entry = new Entry(
                seq,
                at,
                who,
                cut(action, 60),
                cut(target, 120),
                about,
                cut(detail, 300),
                actorSalt,
                digest(actorSalt, who),
                subjectSalt,
                digest(subjectSalt, about),
                previous,
                null);
        var hash = hash(entry);
        jdbc.sql(
                        "insert into audit_log (seq, at, actor, action, target, subject, detail, actor_salt, actor_digest,"
                                + " subject_salt, subject_digest, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        seq,
                        Timestamp.from(at),
                        entry.actor(),
                        entry.action(),
                        entry.target(),
                        entry.subject(),
                        entry.detail(),
                        actorSalt,
                        entry.actorDigest(),
                        subjectSalt,
                        entry.subjectDigest(),
                        previous,
                        hash)
                .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where id = 1")
                .params(seq, hash)
                .update();
        return jdbc.sql("select " + COLUMNS + " from audit_log where seq = ?")
                .param(seq)
                .query(AuditChain::entry)
                .single();
    }

    /**
     * Copies entries kept before the log existed into the chain, once per {@code source} across restarts and nodes
     * (the chain head's lock serialises nodes; the source is marked done in the same transaction). Each is appended
     * now, at the head (the chain is never rewritten), with its original time first in its detail; entries already in
     * the log (the same action on the same record within five seconds, written by both since) and entries older than
     * the log's retention are skipped. Returns the number copied (0 when the source was done already).
     */
    @Transactional
    public int backfillOnce(String source, java.util.function.Supplier<List<Earlier>> earlier) {
        jdbc.sql("select last_seq from audit_chain where id = 1 for update")
                .query(Long.class)
                .single();
        if (jdbc.sql("select count(*) from audit_backfill where source = ?")
                        .param(source)
                        .query(Long.class)
                        .single()
                > 0) {
            return 0;
        }
        var oldest = clock.instant().minus(kept.get());
        int copied = 0;
        for (var entry : earlier.get().stream()
                .sorted(java.util.Comparator.comparing(Earlier::at))
                .toList()) {
            if (entry.at().isBefore(oldest) || alreadyRecorded(entry)) {
                continue;
            }
            var when = "at " + entry.at().truncatedTo(ChronoUnit.SECONDS);
            record(
                    entry.actor(),
                    entry.action(),
                    entry.target(),
                    entry.subject(),
                    entry.detail() == null || entry.detail().isBlank() ? when : when + "; " + entry.detail());
            copied++;
        }
        jdbc.sql("insert into audit_backfill (source, done_at, entries) values (?, ?, ?)")
                .params(source, Timestamp.from(clock.instant()), copied)
                .update();
        return copied;
    }

    private boolean alreadyRecorded(Earlier entry) {
        return jdbc.sql("select count(*) from audit_log where action = ? and target = ? and at between ? and ?")
                        .params(
                                cut(entry.action(), 60),
                                cut(entry.target(), 120),
                                Timestamp.from(entry.at().minusSeconds(5)),
                                Timestamp.from(entry.at().plusSeconds(5)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The entries matching a search, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<Entry> search(Search search, int limit) {
        var sql = new StringBuilder("select " + COLUMNS + " from audit_log where 1 = 1");
        var params = new ArrayList<Object>();
        if (search.actor() != null && !search.actor().isBlank()) {
            sql.append(" and lower(actor) = ?");
            params.add(search.actor().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (search.subject() != null && !search.subject().isBlank()) {
            sql.append(" and subject = ?");
            params.add(search.subject().trim());
        }
        if (search.action() != null && !search.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(search.action().trim());
        }
        if (search.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(search.to()));
        }
        sql.append(" order by seq desc limit ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql(sql.toString()).params(params).query(AuditChain::entry).list();
    }

    /** The actions that occur in the log, for the search form. */
    @Transactional(readOnly = true)
    List<String> actions() {
        return jdbc.sql("select distinct action from audit_log order by action")
                .query(String.class)
                .list();
    }

    /** Entries about a person (their export). */
    @Transactional(readOnly = true)
    List<Entry> about(String employeeNumber) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where subject = ? order by seq")
                .param(employeeNumber)
                .query(AuditChain::entry)
                .list();
    }

    /**
     * Walks the whole chain from its anchor (the first row kept after retention) to its head: each row's previous
     * hash must be the hash before it, its hash must be that of its own content, no row may be missing, and the
     * last must be the head.
     */
    @Transactional(readOnly = true)
    Verification verify() {
        var chain = jdbc.sql("select last_seq, last_hash, anchor_seq, anchor_hash from audit_chain where id = 1")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)})
                .single();
        var pseudonyms = new java.util.HashSet<>(jdbc.sql("select pseudonym from privacy_erasure")
                .query(String.class)
                .list());
        long expectedSeq = (Long) chain[2];
        String previous = (String) chain[3];
        long checked = 0;
        long lastSeq = (Long) chain[0];
        Long broken = null;
        try (var rows =
                jdbc.sql("select " + COLUMNS + " from audit_log order by seq").query(AuditChain::entry).stream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                var row = it.next();
                checked++;
                if (row.seq() != expectedSeq
                        || !row.previousHash().equals(previous)
                        || !row.hash().equals(hash(row))
                        || !vouched(row.actorSalt(), row.actor(), row.actorDigest(), pseudonyms)
                        || !vouched(row.subjectSalt(), row.subject(), row.subjectDigest(), pseudonyms)) {
                    broken = Math.min(row.seq(), expectedSeq);
                    break;
                }
                previous = row.hash();
                expectedSeq++;
            }
        }
        if (broken == null && (expectedSeq - 1 != lastSeq || !previous.equals(chain[1]))) {
            broken = expectedSeq;
        }
        return new Verification(broken == null, checked, broken);
    }

    /**
     * Removes the entries older than {@code cutoff} (retention), moving the chain's anchor to the first row kept.
     * Idempotent. Returns the number of rows removed.
     */
    @Transactional
    int purgeBefore(Instant cutoff) {
        jdbc.sql("select last_seq from audit_chain where id = 1 for update")
                .query(Long.class)
                .single();
        var firstKept = jdbc.sql("select min(seq) from audit_log where at >= ?")
                .param(Timestamp.from(cutoff))
                .query(Long.class)
                .optional();
        if (firstKept.isEmpty() || firstKept.get() == null) {
            // Everything is older: keep the newest row as the anchor so that the head still has a row to check.
            firstKept =
                    jdbc.sql("select max(seq) from audit_log").query(Long.class).optional();
            if (firstKept.isEmpty() || firstKept.get() == null) {
                return 0;
            }
        }
        long keep = firstKept.get();
        var anchorHash = jdbc.sql("select previous_hash from audit_log where seq = ?")
                .param(keep)
                .query(String.class)
                .single();
        int removed =
                jdbc.sql("delete from audit_log where seq < ?").param(keep).update();
        jdbc.sql("update audit_chain set anchor_seq = ?, anchor_hash = ? where id = 1")
                .params(keep, anchorHash)
                .update();
        return removed;
    }

    /** How many entries are older than {@code cutoff} (the retention dry run). */
    @Transactional(readOnly = true)
    long countBefore(Instant cutoff) {
        return jdbc.sql("select count(*) from audit_log where at < ?")
                .param(Timestamp.from(cutoff))
                .query(Long.class)
                .single();
    }

    /**
     * Erasure: entries by or about the person keep their place in the chain. The chain hashes a salted digest of the
     * actor and of the subject, not the values: the value becomes the pseudonym and its salt is dropped, so the
     * digest stays in the chain but can no longer be linked to the person. {@code identifiers}: the employee number
     * and the username(s) the person acted under.
     */
    public void pseudonymise(java.util.Collection<String> identifiers, String pseudonym) {
        for (var identifier : identifiers) {
            if (identifier == null || identifier.isBlank()) {
                continue;
            }
            jdbc.sql("update audit_log set actor = ?, actor_salt = null where actor = ?")
                    .params(pseudonym, identifier)
                    .update();
            jdbc.sql("update audit_log set subject = ?, subject_salt = null where subject = ?")
                    .params(pseudonym, identifier)
                    .update();
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
