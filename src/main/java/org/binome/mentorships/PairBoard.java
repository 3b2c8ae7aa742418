package org.binome.mentorships;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.binome.programs.ProgramView;
import org.binome.shared.Database;
import org.binome.shared.KeptReads;
import org.binome.shared.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' pairs page counted by the database: each programme's figures with one aggregate query, and
 * one page of pairs with a count and the page's pairs (their sessions and objectives read for these
 * pairs only), whatever the number of pairs and sessions. The health counted here is {@link PairHealth}'s policy
 * written as SQL: an active pair is stalled when no planned session starts between the start of the day its cadence
 * window opened and the end of the day it closes ahead, counting from its start, or when it still has no objective
 * after the grace days.
 */
@Component
class PairBoard {

    private static final String KICK_OFF_PENDING = "(x.status = 'ACTIVE' and exists (select 1 from mentorship_member mm"
            + " where mm.mentorship = x.id and mm.charter_accepted_at is null))";

    private final JdbcClient jdbc;
    private final PairLoading loading;
    private final PairStatistics statistics;
    private final MentorshipSettings settings;
    private final Clock clock;
    private final Executor background;
    private final long freshNanos;
    private final KeptReads<Long, Kept> kept;
    private final Database database;
    private final TransactionTemplate reading;

    /** @param background where the figures are counted again while the old ones are shown */
    PairBoard(
            Database database,
            PlatformTransactionManager transactions,
            JdbcClient jdbc,
            PairLoading loading,
            PairStatistics statistics,
            MentorshipSettings settings,
            Clock clock,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.database = database;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.jdbc = jdbc;
        this.loading = loading;
        this.statistics = statistics;
        this.settings = settings;
        this.clock = clock;
        this.background = background;
        this.freshNanos = settings.pairFiguresFresh().toNanos();
        this.kept = new KeptReads<>(settings.pairFiguresFresh().multipliedBy(2));
    }

    /**
     * How old the figures shown may be. A programme's figures are fresh for {@code binome.mentorships.pair-figures-fresh}
     * (30 s): a pair started or ended through the application drops them at once on the node that made it; anything
     * else (a pair's sessions and objectives, another node, a session becoming past, the day turning) shows in the
     * next count. Figures no longer fresh are still shown, for as long again, while they are
     * counted again in the background, so that no view waits for the aggregate (about a second under load) unless the
     * figures were dropped by a change or are older than this. The pairs page says so.
     */
    Duration shownAtMost() {
        return Duration.ofNanos(freshNanos).multipliedBy(2);
    }

    /** A programme's figures, counted on a day, for a cadence, at an instant ({@code countedAtNanos} on this JVM). */
    private record Kept(
            PairHealthCounts counts, Integer frequencyDays, LocalDate day, Instant countedAt, long countedAtNanos) {}

    /**
     * The programmes' figures, in the order asked, and when the oldest of them was counted (the page says so: they
     * may be up to {@link #shownAtMost()} behind the pairs listed under them).
     */
    record Counts(List<PairHealthCounts> programmes, Instant countedAt) {}

    /**
     * The figures of {@link #counts}, each programme's fresh for a while, then shown while counted again
     * in the background ({@link #shownAtMost()} at most), and dropped when a pair of any programme starts or
     * ends: the aggregate over every session (0.4-0.7 s at 500,000 sessions, about a second under load) runs about
     * once in that time, and a view waits for it only when there are no figures to show.
     */
    Counts recentCounts(List<ProgramView> programmes) {
        var today = LocalDate.now(clock);
        var result = new HashMap<Long, Kept>();
        var stale = new ArrayList<ProgramView>();
        var missing = keptAmong(programmes, today, result, stale);
        if (!stale.isEmpty()) {
            recountInBackground(stale);
        }
        if (missing.isEmpty()) {
            return counts(programmes, result);
        }
        // One count at a time on this node: the views arriving while the figures are counted wait for them instead
        // of running the same aggregate (under the 2-node load test it ran two or three times at each expiry).
        boolean waited = waitToCount();
        try {
            if (waited) {
                // counted meanwhile by the view this one waited for
                missing = keptAmong(missing, today, result, new ArrayList<>());
            }
            countAndKeep(missing, today, result);
        } finally {
            if (waited) {
                counting.unlock();
            }
        }
        return counts(programmes, result);
    }

    private void countAndKeep(List<ProgramView> missing, LocalDate today, Map<Long, Kept> result) {
        if (missing.isEmpty()) {
            return;
        }
        long stamp = kept.stamp();
        long countedAt = System.nanoTime();
        var now = clock.instant();
        // in a transaction of its own (or the view's), which the setting of counts() lasts for
        var counted = reading.execute(transaction -> counts(missing));
        for (int i = 0; i < missing.size(); i++) {
            var programme = missing.get(i);
            var figures = new Kept(counted.get(i), programme.frequencyDays(), today, now, countedAt);
            result.put(programme.id(), figures);
            kept.keep(programme.id(), figures, stamp, countedAt);
        }
    }

    /** Whether a count in the background is under way (one at a time). */
    private final AtomicBoolean recounting = new AtomicBoolean();

    /** Counts these programmes' figures again on another thread, unless such a count is under way. */
    private void recountInBackground(List<ProgramView> stale) {
        if (!recounting.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    recount(stale);
                } finally {
                    recounting.set(false);
                }
            });
        } catch (RuntimeException refused) { // the executor is full or shutting down: a later view will ask again
            recounting.set(false);
        }
    }

    private void recount(List<ProgramView> stale) {
        boolean waited = waitToCount();
        try {
            var today = LocalDate.now(clock);
            var still = new ArrayList<ProgramView>();
            var missing = keptAmong(stale, today, new HashMap<>(), still);
            missing.addAll(still);
            countAndKeep(missing, today, new HashMap<>());
        } catch (RuntimeException failed) { // the figures shown stay as they are; the next view counts again
            LOG.warn("Pairs' figures not counted again in the background: {}", failed.toString());
        } finally {
            if (waited) {
                counting.unlock();
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PairBoard.class);

    /** Held while the figures are counted; a view waits {@link #COUNT_WAIT} at most, then counts for itself. */
    private final ReentrantLock counting = new ReentrantLock();

    static final Duration COUNT_WAIT = Duration.ofSeconds(5);

    private boolean waitToCount() {
        try {
            return counting.tryLock(COUNT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Puts the figures kept for today into {@code result}, and the programmes whose figures are no longer fresh into
     * {@code stale}; returns the programmes that have none.
     */
    private List<ProgramView> keptAmong(
            List<ProgramView> programmes, LocalDate today, Map<Long, Kept> result, List<ProgramView> stale) {
        var missing = new ArrayList<ProgramView>();
        long now = System.nanoTime();
        for (var programme : programmes) {
            var figures = kept.fresh(programme.id());
            if (figures != null
                    && figures.day().equals(today)
                    && Objects.equals(figures.frequencyDays(), programme.frequencyDays())) {
                result.put(programme.id(), figures);
                if (now - figures.countedAtNanos() >= freshNanos) {
                    stale.add(programme);
                }
            } else {
                missing.add(programme);
            }
        }
        return missing;
    }

    private static Counts counts(List<ProgramView> programmes, Map<Long, Kept> figures) {
        var kept = programmes.stream().map(p -> figures.get(p.id())).toList();
        var oldest = kept.stream().map(Kept::countedAt).min(Instant::compareTo).orElse(null);
        return new Counts(kept.stream().map(Kept::counts).toList(), oldest);
    }

    /**
     * A pair started or ended (an administrator's act, or a pair's own end): the kept figures are dropped now and again
     * once the change's transaction ends, so that a view counting in between does not keep figures without it. The
     * participants' own activity (sessions planned, moved, cancelled or logged, objectives) shows within
     * {@link #shownAtMost()}, as a change on another node does: under load it dropped the figures several times a
     * second, and every view of the page then ran the aggregate over every session again (1.1 s median, 2.3 s at
     * most, on the 2-node load test's 500,000 sessions: 542 such statements above the slow threshold in 8 minutes).
     */
    @EventListener({MentorshipStarted.class, MentorshipEnded.class})
    void pairChanged() {
        kept.changed();
    }

    /** One page of pairs, in the order of their creation: the page shown (the last one when asked past it). */
    record Page(List<PairStatus> pairs, Paging paging, long total) {}

    /**
     * The figures of each of these programmes, in their order (a programme without pairs gets zeros), with one
     * query whatever the number of programmes, pairs and sessions.
     */
    @Transactional(readOnly = true)
    List<PairHealthCounts> counts(List<ProgramView> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        var ids = programmes.stream().map(ProgramView::id).toList();
        if (database.isPostgresql()) {
            // One process, not three: PostgreSQL ran this aggregate with two parallel workers, every core of the
            // 2-node load test's machine busy with it for most of a second at each count, while the pages waited.
            // The count mostly runs in the background, where its own time matters less than the pages'.
            jdbc.sql("select set_config('max_parallel_workers_per_gather', '0', true)")
                    .query(String.class)
                    .single();
        }
        var params = new HashMap<String, Object>();
        var stalled = stalled(programmes, params);
        params.put("ids", ids);
        params.put("now", Database.moment(clock.instant()));
        var figures = new HashMap<Long, long[]>();
        jdbc.sql(
                        "select p.program_id, p.n_total, p.n_proposed, p.n_active, p.n_completed, p.n_ended, p.n_pending, p.n_started,"
                                + " p.n_stalled, coalesce(s.n_held, 0), coalesce(s.n_planned, 0), coalesce(s.n_minutes, 0),"
                                + " coalesce(o.n_total, 0), coalesce(o.n_in_progress, 0), coalesce(o.n_reached, 0),"
                                + " coalesce(r.n_total, 0)"
                                + " from (select x.program_id, count(*) n_total,"
                                + " sum(case when x.status = 'PROPOSED' then 1 else 0 end) n_proposed,"
                                + " sum(case when x.status = 'ACTIVE' then 1 else 0 end) n_active,"
                                + " sum(case when x.status = 'COMPLETED' then 1 else 0 end) n_completed,"
                                + " sum(case when x.status = 'ENDED_EARLY' then 1 else 0 end) n_ended,"
                                + " sum(case when " + KICK_OFF_PENDING + " then 1 else 0 end) n_pending,"
                                + " sum(case when x.status = 'ACTIVE' and x.started_on is not null then 1 else 0 end) n_started,"
                                + " sum(case when " + stalled + " then 1 else 0 end) n_stalled"
                                + " from mentorship x where x.program_id in (:ids) group by x.program_id) p"
                                + " left join (select x.program_id, sum(case when s.starts_at <= :now then 1 else 0 end) n_held,"
                                + " sum(case when s.starts_at > :now then 1 else 0 end) n_planned,"
                                + " sum(case when s.starts_at <= :now then s.duration_minutes else 0 end) n_minutes"
                                + " from mentorship_session s join mentorship x on x.id = s.mentorship_id"
                                + " where x.program_id in (:ids) and s.status = 'PLANNED' group by x.program_id) s"
                                + " on s.program_id = p.program_id"
                                + " left join (select x.program_id, count(*) n_total,"
                                + " sum(case when o.progress = 'IN_PROGRESS' then 1 else 0 end) n_in_progress,"
                                + " sum(case when o.progress = 'REACHED' then 1 else 0 end) n_reached"
                                + " from mentorship_objective o join mentorship x on x.id = o.mentorship_id"
                                + " where x.program_id in (:ids) group by x.program_id) o on o.program_id = p.program_id"
                                + " left join (select x.program_id, count(*) n_total from mentorship_review r"
                                + " join mentorship x on x.id = r.mentorship_id where x.program_id in (:ids)"
                                + " group by x.program_id) r on r.program_id = p.program_id")
                .params(params)
                .query(rs -> {
                    figures.put(rs.getLong(1), row(rs, 15));
                });
        var result = new ArrayList<PairHealthCounts>(ids.size());
        for (var id : ids) {
            var f = figures.getOrDefault(id, new long[15]);
            result.add(new PairHealthCounts(
                    id,
                    (int) f[0],
                    (int) f[1],
                    (int) f[2],
                    (int) f[3],
                    (int) f[4],
                    (int) f[5],
                    (int) (f[6] - f[7]),
                    (int) f[7],
                    (int) f[8],
                    (int) f[9],
                    f[10],
                    (int) f[11],
                    (int) f[12],
                    (int) f[13],
                    (int) f[14]));
        }
        return result;
    }

    /**
     * One page of the pairs of one programme (or of all when {@code programId} is null) that the filter
     * keeps; {@code programmes} gives each programme's cadence for the health filter. A page past the last shows the
     * last.
     */
    @Transactional(readOnly = true)
    Page page(List<ProgramView> programmes, Long programId, PairFilter filter, Paging paging) {
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        if (programId != null) {
            where.add("x.program_id = :program");
            params.put("program", programId);
        }
        switch (filter) {
            case ALL -> {}
            case STALLED -> where.add(stalled(programmes, params));
            case KICK_OFF_PENDING -> where.add(KICK_OFF_PENDING);
            default -> {
                where.add("x.status = :status");
                params.put("status", filter.name());
            }
        }
        var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from mentorship x" + condition)
                .params(params)
                .query(Long.class)
                .single();
        var shown = paging.within(total);
        if (total == 0) {
            return new Page(List.of(), shown, 0);
        }
        params.put("offset", shown.offset());
        params.put("size", shown.size());
        return new Page(statistics.overview(loading.page(condition, params), programmes), shown, total);
    }

    /**
     * The SQL condition "this pair {@code x} is stalled today", with its parameters added: per programme its window
     * (cadence plus margin), and the default cadence for pairs of a programme not in the list.
     */
    private String stalled(List<ProgramView> programmes, Map<String, Object> params) {
        var today = LocalDate.now(clock);
        var quiet = new ArrayList<String>();
        for (int i = 0; i < programmes.size(); i++) {
            var p = programmes.get(i);
            params.put("sp" + i, p.id());
            quiet.add("(x.program_id = :sp" + i + " and " + quiet(i, window(p.frequencyDays()), today, params) + ")");
        }
        if (programmes.isEmpty()) {
            quiet.add(quiet(-1, window(null), today, params));
        } else {
            params.put("spAll", programmes.stream().map(ProgramView::id).toList());
            quiet.add("(x.program_id not in (:spAll) and " + quiet(-1, window(null), today, params) + ")");
        }
        params.put("graceDay", today.minusDays(settings.objectivesGraceDays()));
        return "(x.status = 'ACTIVE' and x.started_on is not null and ((" + String.join(" or ", quiet) + ")"
                + " or (x.started_on < :graceDay and not exists (select 1 from mentorship_objective o"
                + " where o.mentorship_id = x.id))))";
    }

    private int window(Integer cadenceDays) {
        return (cadenceDays == null || cadenceDays <= 0 ? PairHealth.DEFAULT_CADENCE_DAYS : cadenceDays)
                + settings.stallMarginDays();
    }

    /** No session since the window opened nor planned before it closes, and started before it opened. */
    private String quiet(int i, int window, LocalDate today, Map<String, Object> params) {
        var zone = clock.getZone();
        var opened = today.minusDays(window);
        var suffix = i < 0 ? "d" : Integer.toString(i);
        params.put("sq" + suffix, opened);
        params.put("sf" + suffix, Database.moment(opened.atStartOfDay(zone).toInstant()));
        params.put(
                "st" + suffix,
                Database.moment(today.plusDays(window + 1L).atStartOfDay(zone).toInstant()));
        return "x.started_on < :sq" + suffix + " and not exists (select 1 from mentorship_session s"
                + " where s.mentorship_id = x.id and s.status = 'PLANNED' and s.starts_at >= :sf" + suffix
                + " and s.starts_at < :st" + suffix + ")";
    }

    private static long[] row(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
        var values = new long[columns];
        for (int c = 0; c < columns; c++) {
            values[c] = rs.getLong(c + 2);
        }
        return values;
    }
}
