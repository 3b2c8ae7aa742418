package org.binome.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.binome.mentorships.PairRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each pair's sessions give ({@link PairRecord.Sessions}), kept in the table {@code insights_pair_sessions} so
 * that a node reading every record (at its start, a new reading after an event it cannot place on another node, {@code
 * binome.insights.cache-for=PT0S}) reads one row per pair instead of every session: mentorships then reads the pairs
 * without the sessions of those whose row is still true.
 *
 * <p>A row is still true while nothing about its pair changed since it was computed: no change of that pair nor of
 * everything in {@code insights_change} (which every node writes in each event's own transaction, stamped with that
 * transaction's start: a change committed after the row's reading began started less than {@link
 * ImpactChanges#MARGIN} before the row's {@code computed_at}, the database's time taken before that reading, and the
 * row is compared less that margin), its counts' own date not reached ({@link PairRecord.Sessions#changesAt()}), and
 * for {@link #TRUE_FOR} at most (the change log keeps a day). What a change without an event (SQL by hand) leaves
 * stale is thus read again within that time; the same change was already missed by the other nodes' kept records
 * until their restart. {@code binome.insights.store-pairs=false}
 * keeps nothing (every full read reads every session).
 */
@Component
class StoredPairSessions {

    /** How long a row is used at most. */
    static final Duration TRUE_FOR = Duration.ofHours(12);

    private static final Logger LOG = LoggerFactory.getLogger(StoredPairSessions.class);
    private static final int BATCH = 1_000;

    /** The rows still true and the database's time before they were read (the time of what is read after). */
    record Known(Instant readAt, Map<Long, PairRecord.Sessions> sessions) {
        static final Known NONE = new Known(null, Map.of());
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate separately;
    private final boolean enabled;
    private volatile Instant prunedAt;

    StoredPairSessions(
            JdbcClient jdbc,
            JdbcTemplate template,
            PlatformTransactionManager transactions,
            @Value("${binome.insights.store-pairs:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.template = template;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
    }

    /** A store that keeps nothing: what a node reading every session computes (tests compare with it). */
    static StoredPairSessions none(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        return new StoredPairSessions(jdbc, template, transactions, false);
    }

    /** The database's time now (rows are stamped with it), or null when nothing is kept. */
    Instant databaseNow() {
        if (!enabled) {
            return null;
        }
        return jdbc.sql("select current_timestamp")
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }

    /** The kept sessions still true at {@code now} (the application's clock: the counts' own dates are on it). */
    Known known(Instant now) {
        var readAt = databaseNow();
        if (readAt == null) {
            return Known.NONE;
        }
        var oldest = readAt.minus(TRUE_FOR);
        // The latest change of each pair, and of everything (no pair), since the oldest row usable.
        var changed = new HashMap<Long, Instant>();
        Instant[] everything = {Instant.MIN};
        jdbc.sql("select pair_id, max(changed_at) from insights_change"
                        + " where kind in ('PAIR', 'ALL') and changed_at > :since group by pair_id")
                .param("since", at(oldest.minus(ImpactChanges.MARGIN)))
                .query(rs -> {
                    var at = rs.getObject(2, OffsetDateTime.class).toInstant();
                    var pair = rs.getObject(1, Long.class);
                    if (pair == null) {
                        everything[0] = at;
                    } else {
                        changed.put(pair, at);
                    }
                });
        var sessions = new HashMap<Long, PairRecord.Sessions>();
        jdbc.sql("select pair_id, held, minutes, recent, last_at, next_at, changes_at, computed_at"
                        + " from insights_pair_sessions where computed_at > :oldest")
                .param("oldest", at(oldest))
                .query(rs -> {
                    long pair = rs.getLong(1);
                    var computed = rs.getObject(8, OffsetDateTime.class).toInstant();
                    // A change written around the reading (the margin: clocks, late rows) makes the row stale.
                    var from = computed.minus(ImpactChanges.MARGIN);
                    var last = changed.get(pair);
                    if (!from.isAfter(everything[0]) || (last != null && !from.isAfter(last))) {
                        return;
                    }
                    var s = new PairRecord.Sessions(
                            rs.getInt(2),
                            rs.getLong(3),
                            rs.getInt(4),
                            instant(rs.getObject(5, OffsetDateTime.class)),
                            instant(rs.getObject(6, OffsetDateTime.class)),
                            instant(rs.getObject(7, OffsetDateTime.class)));
                    if (s.trueAt(now)) {
                        sessions.put(pair, s);
                    }
                });
        return new Known(readAt, sessions);
    }

    /**
     * Keeps these records' sessions, read after {@code readAt} (the database's time before their reading began), in a
     * transaction of its own; a failure (another node writing the same pair) is logged and leaves them to be read
     * again.
     */
    void keep(Instant readAt, Collection<PairRecord> records) {
        if (!enabled || readAt == null || records.isEmpty()) {
            return;
        }
        var list = List.copyOf(records);
        try {
            separately.executeWithoutResult(status -> {
                for (int from = 0; from < list.size(); from += BATCH) {
                    var batch = list.subList(from, Math.min(list.size(), from + BATCH));
                    jdbc.sql("delete from insights_pair_sessions where pair_id in (:ids)")
                            .param("ids", batch.stream().map(PairRecord::id).toList())
                            .update();
                    var args = new ArrayList<Object[]>(batch.size());
                    for (var p : batch) {
                        var s = p.sessions();
                        args.add(new Object[] {
                            p.id(),
                            s.held(),
                            s.minutes(),
                            s.recent(),
                            at(s.lastAt()),
                            at(s.nextAt()),
                            at(s.changesAt()),
                            at(readAt)
                        });
                    }
                    template.batchUpdate(
                            "insert into insights_pair_sessions"
                                    + " (pair_id, held, minutes, recent, last_at, next_at, changes_at, computed_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                            args,
                            new int[] {
                                java.sql.Types.BIGINT,
                                java.sql.Types.INTEGER,
                                java.sql.Types.BIGINT,
                                java.sql.Types.INTEGER,
                                java.sql.Types.TIMESTAMP_WITH_TIMEZONE,
                                java.sql.Types.TIMESTAMP_WITH_TIMEZONE,
                                java.sql.Types.TIMESTAMP_WITH_TIMEZONE,
                                java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                            });
                }
                // Rows no longer usable (pairs gone, or not read for a while) go once an hour.
                var pruned = prunedAt;
                if (pruned == null || readAt.isAfter(pruned.plus(Duration.ofHours(1)))) {
                    prunedAt = readAt;
                    jdbc.sql("delete from insights_pair_sessions where computed_at < :oldest")
                            .param("oldest", at(readAt.minus(TRUE_FOR)))
                            .update();
                }
            });
        } catch (RuntimeException e) {
            LOG.info("Could not keep {} pairs' session figures (read again at the next full read)", list.size(), e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
