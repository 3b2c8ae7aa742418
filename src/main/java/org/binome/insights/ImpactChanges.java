package org.binome.insights;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.binome.mentorships.MentorshipEnded;
import org.binome.mentorships.MentorshipStarted;
import org.binome.mentorships.ObjectivesChanged;
import org.binome.mentorships.SessionCancelled;
import org.binome.mentorships.SessionLogged;
import org.binome.mentorships.SessionPlanned;
import org.binome.mentorships.SessionRescheduled;
import org.binome.programs.ProgramChanged;
import org.binome.programs.ProgramOpened;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What changed the dashboard's records, shared by every node through the table {@code insights_change}: this node
 * writes a row for each change it sees (in the transaction that makes it, so the row shows when the change does), and
 * before serving kept figures reads the rows other nodes wrote since its last view. So a session logged on one node
 * shows at the next view on any other, without reading everything again.
 *
 * <p>Rows are read by the time the database gave them, with a margin for transactions that committed after later
 * ones ({@link #MARGIN}); a row already applied is not applied again. Rows older than a day are deleted.
 */
@Component
class ImpactChanges {

    /** What a row says changed. */
    enum Kind {
        /**
         * One pair ({@code pair_id}): a session planned, logged, moved or cancelled, a pair started or ended, its
         * objectives changed.
         */
        PAIR,
        /** Pairs may have appeared or gone (a proposal published or declined): every refresh lists their ids. */
        PAIRS,
        DIRECTORY,
        APPLICATIONS,
        SURVEYS,
        /**
         * One programme's settings or status ({@code program_id}): its pairs' health depends on its cadence, its
         * eligibility figures on its seniority rules.
         */
        PROGRAMME,
        /** Something that cannot be placed: every record is read again. */
        ALL
    }

    /** @param id the pair's id ({@link Kind#PAIR}), the programme's ({@link Kind#PROGRAMME}), else null */
    record Change(Kind kind, Long id) {}

    /** What an event of another module changes in the dashboard's records and figures, or null if nothing. */
    static Change of(Object payload) {
        Long pair = null;
        if (payload instanceof SessionPlanned e) {
            pair = e.mentorshipId();
        } else if (payload instanceof SessionLogged e) {
            pair = e.mentorshipId();
        } else if (payload instanceof SessionRescheduled e) {
            pair = e.mentorshipId();
        } else if (payload instanceof SessionCancelled e) {
            pair = e.mentorshipId();
        } else if (payload instanceof MentorshipStarted e) {
            pair = e.mentorshipId();
        } else if (payload instanceof MentorshipEnded e) {
            pair = e.mentorshipId();
        } else if (payload instanceof ObjectivesChanged e) {
            pair = e.mentorshipId();
        }
        if (pair != null) {
            return new Change(Kind.PAIR, pair);
        }
        if (payload instanceof ProgramChanged e) {
            return new Change(Kind.PROGRAMME, e.programId());
        }
        if (payload instanceof ProgramOpened e) {
            return new Change(Kind.PROGRAMME, e.programId());
        }
        var type = payload.getClass().getName();
        if (type.startsWith("org.binome.people.")) {
            return new Change(Kind.DIRECTORY, null);
        }
        if (type.startsWith("org.binome.programs.Application")) {
            return new Change(Kind.APPLICATIONS, null);
        }
        if (type.startsWith("org.binome.feedback.")) {
            return new Change(Kind.SURVEYS, null);
        }
        if (type.startsWith("org.binome.matching.")) {
            return new Change(Kind.PAIRS, null);
        }
        // Anything else of programmes or mentorships cannot be placed.
        if (type.startsWith("org.binome.programs.") || type.startsWith("org.binome.mentorships.")) {
            return new Change(Kind.ALL, null);
        }
        return null;
    }

    /** How late a row may commit after a later one and still be seen. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();

    // Guarded by this.
    /**
     * The database's clock minus the application's ({@link java.time.Clock}), measured at the first call: rows carry
     * the database's time. A clock a test moves afterwards moves the reading window with it.
     */
    private Duration offset;

    private Instant since;
    private final Map<Long, Instant> applied = new HashMap<>();
    private Instant prunedAt;

    private final java.time.Clock clock;

    ImpactChanges(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The changes of one transaction, written once, just before it commits. */
    private static final class Pending {
        final Set<Change> changes = new LinkedHashSet<>();
        boolean written;
    }

    /**
     * Records what an event changed, for the other nodes: in the event's own transaction, just before it commits (each
     * change once per transaction), so the rows commit with the change or not at all. Not in a transaction of its own
     * after the commit, as before: that held the event's connection while taking a second one from the pool, and
     * with every connection held by requests logging sessions under load, each waited for a second one until the
     * pool's connection-timeout (HTTP 500 after 30 s). Rows carry their transaction's start time ({@code
     * current_timestamp}): a commit later than that is covered by {@link #MARGIN}.
     */
    @EventListener
    void on(PayloadApplicationEvent<?> event) {
        var change = of(event.getPayload());
        if (change == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(change));
            return;
        }
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            var mine = new Pending();
            TransactionSynchronizationManager.bindResource(this, mine);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    mine.written = true;
                    write(mine.changes);
                }

                // A transaction of its own inside (REQUIRES_NEW) collects its own changes.
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ImpactChanges.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(ImpactChanges.this, mine);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ImpactChanges.this);
                }
            });
            pending = mine;
        }
        if (pending.written) {
            // An event published by another synchronization's beforeCommit, after the rows were written.
            write(List.of(change));
        } else {
            pending.changes.add(change);
        }
    }

    /** Writes the rows, in the current transaction if there is one (else each on its own). */
    private void write(Collection<Change> changes) {
        for (var change : changes) {
            boolean programme = change.kind() == Kind.PROGRAMME;
            jdbc.sql("insert into insights_change (node, kind, pair_id, program_id)"
                            + " values (:node, :kind, :pair, :programme)")
                    .param("node", node)
                    .param("kind", change.kind().name())
                    .param("pair", programme ? null : change.id(), java.sql.Types.BIGINT)
                    .param("programme", programme ? change.id() : null, java.sql.Types.BIGINT)
                    .update();
        }
    }

    /**
     * The changes other nodes recorded since the last call (one indexed read). The first call only sets where to start
     * from: the caller reads everything then.
     */
    synchronized List<Change> others() {
        if (since == null) {
            var database = jdbc.sql("select current_timestamp")
                    .query(Timestamp.class)
                    .single()
                    .toInstant();
            offset = Duration.between(clock.instant(), database);
            since = database;
            prunedAt = database;
            // The rows written so far are covered by the full read that follows: not applied again later.
            jdbc.sql("select id, changed_at from insights_change where changed_at > :from")
                    .param("from", Timestamp.from(since.minus(MARGIN)))
                    .query(rs -> {
                        applied.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                    });
            // What this node kept before (a job's read) may miss changes made elsewhere: everything is read again.
            return List.of(new Change(Kind.ALL, null));
        }
        var now = clock.instant().plus(offset);
        var found = new ArrayList<Change>();
        jdbc.sql("select id, kind, coalesce(pair_id, program_id), changed_at from insights_change"
                        + " where changed_at > :from and node <> :node")
                .param("from", Timestamp.from(since.minus(MARGIN)))
                .param("node", node)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (applied.putIfAbsent(id, rs.getTimestamp(4).toInstant()) == null) {
                        found.add(new Change(Kind.valueOf(rs.getString(2)), rs.getObject(3, Long.class)));
                    }
                });
        since = now;
        applied.values().removeIf(at -> at.isBefore(since.minus(MARGIN).minus(MARGIN)));
        if (since.isAfter(prunedAt.plus(Duration.ofHours(1)))) {
            prunedAt = since;
            jdbc.sql("delete from insights_change where changed_at < :before")
                    .param("before", Timestamp.from(since.minus(KEPT)))
                    .update();
        }
        return found;
    }
}
