package org.binome.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every answer once, as counters per {@link Cell}: a handful of grouped queries whose size depends on the number
 * of cells, not of answers. Paired figures (DigComp, climate) join a person's end answers to their T0 answers through
 * the pairing hash and count in the cell of the end answer.
 *
 * <p>The counters are kept in memory until the answers change: every new answer changes the stamp row
 * {@code feedback_setting.results-stamp} in its own transaction ({@link #changed()}), and {@link #load()} reads the
 * stamp (one primary-key lookup) before reusing its counters, so every node sees a new answer at its next request.
 *
 * <p><b>After a new answer</b> the counters are not read again from scratch: a node compares the responses it counted
 * with the stored ones (their ids only) and adds what the new responses change — their own counts, and the paired
 * figures of the end answers they pair with (each such end answer's old contribution taken off, its new one added).
 * The counters stay exactly what a full read gives (tested), whatever node took the answer. A full read happens on
 * the first load, when a response disappeared, or when many arrived at once. Reads are consistent: the stamp is read
 * before and after, and the counters are kept only when no answer arrived in between (otherwise read again).
 */
@Component
class ResultCells {

    private static final String CELL = "r.program_id, r.department, r.site, r.generation, r.seniority";

    private static final String STAMP = "results-stamp";

    /** Beyond this many new responses at once, one full read costs less than the incremental queries. */
    private static final int MAX_INCREMENT = 500;

    private static final int ATTEMPTS = 3;

    /** The measures counted per response ({@link #counts}); distributions for all but comments. */
    private static final Set<String> COUNTED =
            Set.of("FIT", "SATISFACTION", "RECOMMENDATION", "LEARNED_BACK", "COMMENT");

    private final JdbcClient jdbc;

    /** The counters read last, the stamp they were read at and the responses they count; read-only once published. */
    private volatile Snapshot snapshot;

    private record Snapshot(String stamp, Map<Cell, Tally> cells, Set<String> responses) {}

    ResultCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers changed: every node's cached counters are stale (call within the transaction that changed them). */
    void changed() {
        jdbc.sql("update feedback_setting set setting_value = :stamp where name = :name")
                .param("stamp", UUID.randomUUID().toString())
                .param("name", STAMP)
                .update();
    }

    /** The counters per cell, brought up to date only when the answers changed since the last read. Never modify. */
    @Transactional(readOnly = true)
    Map<Cell, Tally> load() {
        var stamp = stamp();
        var cached = snapshot;
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.cells();
        }
        Map<Cell, Tally> cells = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var responses = new HashSet<>(jdbc.sql("select id from feedback_response")
                    .query(String.class)
                    .list());
            cells = cached == null ? null : update(cached, responses);
            if (cells == null) {
                cells = Collections.unmodifiableMap(read());
            }
            var after = stamp();
            if (after.equals(stamp)) {
                snapshot = new Snapshot(stamp, cells, Collections.unmodifiableSet(responses));
                return cells;
            }
            // an answer arrived while reading: what was read may mix before and after it; read again
            stamp = after;
        }
        return cells;
    }

    /** Forgets the counters: the next load reads everything (benchmarks compare both ways). */
    void forget() {
        snapshot = null;
    }

    /** Every counter read from scratch, without touching the kept ones (tests compare both ways). */
    @Transactional(readOnly = true)
    Map<Cell, Tally> readAll() {
        return read();
    }

    private String stamp() {
        return jdbc.sql("select setting_value from feedback_setting where name = :name")
                .param("name", STAMP)
                .query(String.class)
                .optional()
                .orElse("");
    }

    /**
     * The kept counters plus what the new responses change, or null when a full read is needed (a response
     * disappeared, or too many are new).
     */
    private Map<Cell, Tally> update(Snapshot cached, Set<String> responses) {
        if (!responses.containsAll(cached.responses())) {
            return null;
        }
        var added = new ArrayList<String>();
        for (var id : responses) {
            if (!cached.responses().contains(id)) {
                added.add(id);
            }
        }
        if (added.isEmpty()) {
            return cached.cells();
        }
        if (added.size() > MAX_INCREMENT) {
            return null;
        }
        var delta = new HashMap<Cell, Tally>();
        var ids = Map.<String, Object>of("added", added);
        ownCounts(delta, ids);
        // end answers whose paired figures change: the new ones, and the ones a new T0 answer pairs with
        var ends = new HashSet<>(
                jdbc.sql("select id from feedback_response r where r.id in (:added)" + " and r.moment = 'END'")
                        .params(ids)
                        .query(String.class)
                        .list());
        ends.addAll(jdbc.sql("select distinct r.id from feedback_response r join feedback_response b"
                        + " on b.program_id = r.program_id and b.pair_key = r.pair_key"
                        + " where r.moment = 'END' and b.moment = 'ENROLMENT' and b.id in (:added)")
                .params(ids)
                .query(String.class)
                .list());
        if (!ends.isEmpty()) {
            pairs(delta, "r.id in (:ends) and e.response_id in (:ends)", Map.of("ends", ends), 1);
            var counted = ends.stream().filter(cached.responses()::contains).toList();
            if (!counted.isEmpty()) {
                // what they counted before: paired with the T0 answers counted then
                pairs(
                        delta,
                        "r.id in (:ends) and e.response_id in (:ends) and t.response_id not in (:added)",
                        Map.of("ends", counted, "added", added),
                        -1);
            }
        }
        var cells = new HashMap<>(cached.cells());
        delta.forEach((cell, change) -> {
            var tally = new Tally();
            var kept = cells.get(cell);
            if (kept != null) {
                tally.addAll(kept);
            }
            tally.addAll(change);
            cells.put(cell, tally);
        });
        return Collections.unmodifiableMap(cells);
    }

    private Map<Cell, Tally> read() {
        var cells = new HashMap<Cell, Tally>();
        counts(cells);
        pairs(cells, "1 = 1", Map.of(), 1);
        return cells;
    }

    /**
     * The new responses' own counters, as {@link #counts} gives them, read by primary key and summed here (the grouped
     * queries would start from every answer of the measures).
     */
    private void ownCounts(Map<Cell, Tally> cells, Map<String, ?> ids) {
        var cellOf = new HashMap<String, Cell>();
        jdbc.sql("select r.id, " + CELL + ", r.moment from feedback_response r where r.id in (:added)")
                .params(ids)
                .query(rs -> {
                    var cell =
                            new Cell(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    cellOf.put(rs.getString(1), cell);
                    cells.computeIfAbsent(cell, c -> new Tally()).add("moment:" + rs.getString(7), 1);
                });
        var measured = new HashSet<String>();
        jdbc.sql("select a.response_id, a.measure, a.choice, a.number_value from feedback_answer a"
                        + " where a.response_id in (:added)")
                .params(ids)
                .query(rs -> {
                    var cell = cellOf.get(rs.getString(1));
                    var measure = rs.getString(2);
                    if (cell == null || !COUNTED.contains(measure)) {
                        return;
                    }
                    var tally = cells.computeIfAbsent(cell, c -> new Tally());
                    if (measured.add(rs.getString(1) + "|" + measure)) {
                        tally.add("n:" + measure, 1);
                    }
                    if (measure.equals("COMMENT")) {
                        return;
                    }
                    var choice = rs.getString(3);
                    var number = rs.getObject(4, Integer.class);
                    if (choice != null) {
                        tally.add("h:" + measure + ":" + choice, 1);
                    } else if (number != null) {
                        tally.add("h:" + measure + ":#" + number, 1);
                        tally.add("sum:" + measure, number);
                    }
                });
    }

    /** Every response's own counters (participation, distributions, sums). */
    private void counts(Map<Cell, Tally> cells) {
        jdbc.sql("select " + CELL + ", r.moment, count(*) from feedback_response r group by " + CELL + ", r.moment")
                .query(rs -> {
                    tally(cells, rs).add("moment:" + rs.getString(6), rs.getLong(7));
                });
        jdbc.sql("select " + CELL + ", a.measure, count(distinct a.response_id) from feedback_answer a"
                        + " join feedback_response r on r.id = a.response_id"
                        + " where a.measure in ('FIT', 'SATISFACTION', 'RECOMMENDATION', 'LEARNED_BACK', 'COMMENT')"
                        + " group by " + CELL + ", a.measure")
                .query(rs -> {
                    tally(cells, rs).add("n:" + rs.getString(6), rs.getLong(7));
                });
        jdbc.sql("select " + CELL + ", a.measure, a.choice, a.number_value, count(*) from feedback_answer a"
                        + " join feedback_response r on r.id = a.response_id"
                        + " where a.measure in ('FIT', 'SATISFACTION', 'RECOMMENDATION', 'LEARNED_BACK')"
                        + " group by " + CELL + ", a.measure, a.choice, a.number_value")
                .query(rs -> {
                    var tally = tally(cells, rs);
                    var measure = rs.getString(6);
                    var choice = rs.getString(7);
                    var number = rs.getObject(8, Integer.class);
                    long count = rs.getLong(9);
                    if (choice != null) {
                        tally.add("h:" + measure + ":" + choice, count);
                    } else if (number != null) {
                        tally.add("h:" + measure + ":#" + number, count);
                        tally.add("sum:" + measure, (double) number * count);
                    }
                });
    }

    /**
     * The paired counters (DigComp levels and climate, end against T0) of the end answers {@code where} selects (r the
     * end answer, b its T0), added with {@code sign} (1 to add, -1 to take off).
     */
    private void pairs(Map<Cell, Tally> cells, String where, Map<String, ?> params, int sign) {
        jdbc.sql("select " + CELL + ", e.area, t.number_value, e.number_value, count(*)"
                        + " from feedback_response r"
                        + " join feedback_answer e on e.response_id = r.id and e.measure = 'DIGCOMP'"
                        + " join feedback_response b on b.program_id = r.program_id and b.pair_key = r.pair_key"
                        + " and b.moment = 'ENROLMENT'"
                        + " join feedback_answer t on t.response_id = b.id and t.measure = 'DIGCOMP' and t.area = e.area"
                        + " where r.moment = 'END' and e.number_value is not null and t.number_value is not null"
                        + " and " + where + " group by " + CELL + ", e.area, t.number_value, e.number_value")
                .params(params)
                .query(rs -> {
                    var tally = tally(cells, rs);
                    var area = rs.getString(6);
                    int before = rs.getInt(7);
                    int after = rs.getInt(8);
                    long count = sign * rs.getLong(9);
                    tally.add("pair:" + area + ":n", count);
                    tally.add("pair:" + area + ":before", (double) before * count);
                    tally.add("pair:" + area + ":after", (double) after * count);
                    if (after - before >= 1) {
                        tally.add("pair:" + area + ":gain", count);
                    }
                });
        // each person's mean climate score at the end and at T0: the inner grouping per end answer, then per cell (no
        // join on a derived table, which H2 would scan once per row)
        jdbc.sql("select program_id, department, site, generation, seniority, count(*), sum(before_score),"
                        + " sum(after_score) from (select r.id, " + CELL + ","
                        + " avg(cast(e.number_value as double precision)) as after_score,"
                        + " avg(cast(t.number_value as double precision)) as before_score"
                        + " from feedback_response r"
                        + " join feedback_response b on b.program_id = r.program_id and b.pair_key = r.pair_key"
                        + " and b.moment = 'ENROLMENT'"
                        + " join feedback_answer e on e.response_id = r.id and e.measure = 'CLIMATE'"
                        + " join feedback_answer t on t.response_id = b.id and t.measure = 'CLIMATE'"
                        + " where r.moment = 'END' and e.number_value is not null and t.number_value is not null"
                        + " and " + where + " group by r.id, " + CELL + ") x"
                        + " group by program_id, department, site, generation, seniority")
                .params(params)
                .query(rs -> {
                    var tally = tally(cells, rs);
                    tally.add("climate:n", sign * rs.getLong(6));
                    tally.add("climate:before", sign * rs.getDouble(7));
                    tally.add("climate:after", sign * rs.getDouble(8));
                });
    }

    private static Tally tally(Map<Cell, Tally> cells, ResultSet rs) throws SQLException {
        var cell = new Cell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        return cells.computeIfAbsent(cell, c -> new Tally());
    }
}
