package org.binome.mentorships;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs of many programmes in numbers, set-based: four aggregate queries whatever the number of pairs and sessions
 * (the entity loader would read every session's text).
 */
@Component
class PairRecords {

    /** Rows fetched at a time when streaming sessions (PostgreSQL streams inside the read-only transaction). */
    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final Programs programs;
    private final MentorshipSettings settings;
    private final Clock clock;

    private final Database database;
    /** Set by tests only: which way sessions are counted, whatever the database. */
    private volatile Boolean streams;

    PairRecords(JdbcClient jdbc, Programs programs, MentorshipSettings settings, Clock clock, Database database) {
        this.jdbc = jdbc;
        this.database = database;
        this.programs = programs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sessions are streamed and counted here on H2 (it groups 200,000 rows several times slower than it returns them),
     * grouped by the database on PostgreSQL (whose driver parses every timestamp it returns).
     */
    private boolean streamsSessions() {
        var chosen = streams;
        return chosen != null ? chosen : !database.isPostgresql();
    }

    /**
     * Which way sessions are counted: {@code true} streamed and counted here, {@code false} grouped by the database,
     * {@code null} the database's own way (tests compare the two ways on the same rows).
     */
    void countSessionsHere(Boolean streamed) {
        this.streams = streamed;
    }

    List<PairRecord> of(Collection<Long> programIds) {
        return read(false, programIds, Map.of());
    }

    /** The same, with these pairs' sessions as given (not read). */
    List<PairRecord> of(Collection<Long> programIds, Map<Long, PairRecord.Sessions> known) {
        return read(false, programIds, known);
    }

    /** Pairs whose sessions are read by id (above, the programmes' sessions are read and the known ones skipped). */
    private static final int BY_ID = 1_000;

    /** These pairs only (those a change concerned), with the same figures as {@link #of}. */
    List<PairRecord> ofPairs(Collection<Long> mentorshipIds) {
        return read(true, mentorshipIds, Map.of());
    }

    /** The ids of these programmes' pairs, in order: which pairs appeared or went away since they were read. */
    List<Long> ids(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from mentorship where program_id in (:ids) order by id")
                .param("ids", List.copyOf(programIds))
                .query(Long.class)
                .list();
    }

    /** How many pairs there are in all programmes (H2 counts a table without reading it). */
    private long pairCount() {
        return jdbc.sql("select count(*) from mentorship").query(Long.class).single();
    }

    /** Either these programmes' pairs or these pairs; each query filters on its own table's key for the latter. */
    private List<PairRecord> read(boolean byPair, Collection<Long> keys, Map<Long, PairRecord.Sessions> known) {
        if (keys.isEmpty()) {
            return List.of();
        }
        java.util.function.Function<String, String> where =
                column -> byPair ? column + " in (:ids)" : "x.program_id in (:ids)";
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var ids = List.copyOf(keys);
        record Row(
                long id,
                long programId,
                String status,
                Instant createdAt,
                LocalDate startedOn,
                LocalDate endedOn,
                String endReason) {}
        var rows = jdbc.sql("select id, program_id, status, created_at, started_on, ended_on, end_reason"
                        + " from mentorship x where " + where.apply("x.id") + " order by id")
                .param("ids", ids)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
        var mentors = new HashMap<Long, List<String>>();
        var mentees = new HashMap<Long, List<String>>();
        jdbc.sql("select m.mentorship, m.employee_number, m.member_role from mentorship_member m"
                        + " join mentorship x on x.id = m.mentorship where " + where.apply("m.mentorship")
                        + " order by m.mentorship, m.mentorship_key")
                .param("ids", ids)
                .query(rs -> {
                    var target = MemberRole.MENTOR.name().equals(rs.getString(3)) ? mentors : mentees;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        record Held(int count, long minutes, int recent, Instant last) {}
        var held = new HashMap<Long, Held>();
        var next = new HashMap<Long, Instant>();
        var window = Duration.ofDays(30);
        // The pairs whose sessions are read: those not known. A few of them among known ones are read by id.
        var unknown = new java.util.HashSet<Long>(rows.size() * 2);
        rows.forEach(r -> {
            if (!known.containsKey(r.id())) {
                unknown.add(r.id());
            }
        });
        boolean byId = byPair || (!known.isEmpty() && unknown.size() <= BY_ID);
        java.util.function.Function<String, String> sessionsWhere = byId ? column -> column + " in (:ids)" : where;
        var sessionIds = byId && !byPair ? List.<Long>copyOf(unknown) : ids;
        // When a pair's counts change with time alone: its next session starts, or its oldest recent one leaves the 30
        // days.
        var recount = new HashMap<Long, Instant>();
        if (unknown.isEmpty()) {
            // Every pair's sessions known: none read.
        } else if (streamsSessions()) {
            // H2: one pass over the planned sessions of the programmes, streamed and counted here (held ones: count,
            // minutes, last 30 days, last one; and the next one to come): H2 groups 200,000 rows by pair several times
            // slower than it returns them.
            var sinceInstant = now.minus(window);
            var counts = new HashMap<Long, long[]>();
            // Lazily (H2 returns each row as the scan finds it instead of copying the 200,000 rows into a result first;
            // a setting of this transaction's connection, put back at once).
            // Most of the pairs (a full read: every programme): the sessions table scanned in its own order, the
            // other pairs' sessions skipped here (through the join, H2 looks each of 200,000 rows up in the primary
            // index: a third more work). A few pairs or one programme among many: through the join.
            boolean scan = !byId && unknown.size() * 2L >= pairCount();
            var wanted = unknown;
            boolean lazy = database.isH2();
            if (lazy) {
                jdbc.sql("set lazy_query_execution true").update();
            }
            try {
                jdbc.sql(
                                scan
                                        ? "select s.mentorship_id, s.starts_at, s.duration_minutes"
                                                + " from mentorship_session s where s.status = 'PLANNED'"
                                        : "select s.mentorship_id, s.starts_at, s.duration_minutes"
                                                + " from mentorship_session s join mentorship x on x.id = s.mentorship_id"
                                                + " where " + sessionsWhere.apply("s.mentorship_id")
                                                + " and s.status = 'PLANNED'")
                        .withFetchSize(FETCH_SIZE)
                        .params(scan ? Map.of() : Map.of("ids", sessionIds))
                        .query(rs -> {
                            long pair = rs.getLong(1);
                            if (!wanted.contains(pair)) {
                                return;
                            }
                            // [held, minutes, recent, last held, next, oldest recent] (epoch ms; MIN/MAX_VALUE: none)
                            var c = counts.computeIfAbsent(
                                    pair, k -> new long[] {0, 0, 0, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE});
                            long at = rs.getObject(2, OffsetDateTime.class)
                                    .toInstant()
                                    .toEpochMilli();
                            if (at <= now.toEpochMilli()) {
                                c[0]++;
                                c[1] += rs.getInt(3);
                                c[3] = Math.max(c[3], at);
                                if (at >= sinceInstant.toEpochMilli()) {
                                    c[2]++;
                                    c[5] = Math.min(c[5], at);
                                }
                            } else {
                                c[4] = Math.min(c[4], at);
                            }
                        });
            } finally {
                if (lazy) {
                    jdbc.sql("set lazy_query_execution false").update();
                }
            }
            counts.forEach((id, c) -> {
                if (c[3] != Long.MIN_VALUE) {
                    held.put(id, new Held((int) c[0], c[1], (int) c[2], Instant.ofEpochMilli(c[3])));
                }
                Instant starts = c[4] == Long.MAX_VALUE ? null : Instant.ofEpochMilli(c[4]);
                if (starts != null) {
                    next.put(id, starts);
                }
                Instant leaves = c[5] == Long.MAX_VALUE
                        ? null
                        : Instant.ofEpochMilli(c[5]).plus(window);
                if (leaves != null || starts != null) {
                    recount.put(
                            id, leaves == null ? starts : starts == null || leaves.isBefore(starts) ? leaves : starts);
                }
            });
        } else {
            // PostgreSQL: one grouped pass over the planned sessions of the programmes (its driver parses every
            // timestamp it returns: grouping there costs about half of streaming 200,000 rows): held ones (count,
            // minutes, last 30 days, last one) and the next one to come.
            jdbc.sql("select s.mentorship_id,"
                            + " sum(case when s.starts_at <= :now then 1 else 0 end),"
                            + " sum(case when s.starts_at <= :now then s.duration_minutes else 0 end),"
                            + " sum(case when s.starts_at >= :since and s.starts_at <= :now then 1 else 0 end),"
                            + " max(case when s.starts_at <= :now then s.starts_at end),"
                            + " min(case when s.starts_at > :now then s.starts_at end),"
                            + " min(case when s.starts_at >= :since and s.starts_at <= :now then s.starts_at end)"
                            + " from mentorship_session s join mentorship x on x.id = s.mentorship_id"
                            + " where " + sessionsWhere.apply("s.mentorship_id") + " and s.status = 'PLANNED'"
                            + " group by s.mentorship_id")
                    .param("ids", sessionIds)
                    .param("since", Timestamp.from(now.minus(window)))
                    .param("now", Timestamp.from(now))
                    .query(rs -> {
                        if (!unknown.contains(rs.getLong(1))) {
                            return;
                        }
                        var last = rs.getTimestamp(5);
                        if (last != null) {
                            held.put(
                                    rs.getLong(1),
                                    new Held(rs.getInt(2), rs.getLong(3), rs.getInt(4), last.toInstant()));
                        }
                        var upcoming = rs.getTimestamp(6);
                        if (upcoming != null) {
                            next.put(rs.getLong(1), upcoming.toInstant());
                        }
                        var oldestRecent = rs.getTimestamp(7);
                        Instant leaves = oldestRecent == null
                                ? null
                                : oldestRecent.toInstant().plus(window);
                        Instant starts = upcoming == null ? null : upcoming.toInstant();
                        if (leaves != null || starts != null) {
                            recount.put(
                                    rs.getLong(1),
                                    leaves == null
                                            ? starts
                                            : starts == null || leaves.isBefore(starts) ? leaves : starts);
                        }
                    });
        }
        var objectives = new HashMap<Long, Integer>();
        jdbc.sql("select o.mentorship_id, count(*) from mentorship_objective o"
                        + " join mentorship x on x.id = o.mentorship_id where " + where.apply("o.mentorship_id")
                        + " group by o.mentorship_id")
                .param("ids", ids)
                .query(rs -> {
                    objectives.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, ProgramView> programCache = new HashMap<>();
        var zone = clock.getZone();
        var result = new ArrayList<PairRecord>(rows.size());
        for (var row : rows) {
            var sessions = known.get(row.id());
            if (sessions == null) {
                var h = held.getOrDefault(row.id(), new Held(0, 0, 0, null));
                sessions = new PairRecord.Sessions(
                        h.count(), h.minutes(), h.recent(), h.last(), next.get(row.id()), recount.get(row.id()));
            }
            var program = programCache.computeIfAbsent(
                    row.programId(), id -> programs.find(id).orElse(null));
            var nextAt = sessions.nextAt();
            var lastAt = sessions.lastAt();
            var facts = new PairHealth.Facts(
                    MentorshipStatus.valueOf(row.status()),
                    row.startedOn(),
                    objectives.getOrDefault(row.id(), 0),
                    lastAt == null ? null : LocalDate.ofInstant(lastAt, zone),
                    nextAt == null ? null : LocalDate.ofInstant(nextAt, zone),
                    program == null ? null : program.frequencyDays(),
                    settings.stallMarginDays(),
                    settings.objectivesGraceDays());
            var health = facts.on(today);
            // The counts change when a session starts or leaves the 30 days, the health on the day its facts say.
            var recountAt = sessions.changesAt();
            var healthChanges = facts.changesOn(today);
            if (healthChanges != null) {
                var at = healthChanges.atStartOfDay(zone).toInstant();
                if (recountAt == null || at.isBefore(recountAt)) {
                    recountAt = at;
                }
            }
            result.add(new PairRecord(
                    row.id(),
                    row.programId(),
                    row.status(),
                    LocalDate.ofInstant(row.createdAt(), zone),
                    row.startedOn(),
                    row.endedOn(),
                    row.endReason(),
                    mentors.getOrDefault(row.id(), List.of()),
                    mentees.getOrDefault(row.id(), List.of()),
                    sessions.held(),
                    sessions.minutes(),
                    sessions.recent(),
                    health.health() == Health.STALLED,
                    recountAt,
                    lastAt,
                    nextAt,
                    sessions.changesAt()));
        }
        return result;
    }
}
