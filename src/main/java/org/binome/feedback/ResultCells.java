package org.binome.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
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
 */
@Component
class ResultCells {

    private static final String CELL = "r.program_id, r.department, r.site, r.generation, r.seniority";

    private static final String STAMP = "results-stamp";

    private final JdbcClient jdbc;

    /** The counters read last and the stamp they were read at; read-only once published. */
    private volatile Snapshot snapshot;

    private record Snapshot(String stamp, Map<Cell, Tally> cells) {}

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

    /** The counters per cell, read again only when the answers changed since the last read. Never modify them. */
    @Transactional(readOnly = true)
    Map<Cell, Tally> load() {
        var stamp = jdbc.sql("select setting_value from feedback_setting where name = :name")
                .param("name", STAMP)
                .query(String.class)
                .optional()
                .orElse("");
        var cached = snapshot;
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.cells();
        }
        var cells = Collections.unmodifiableMap(read());
        snapshot = new Snapshot(stamp, cells);
        return cells;
    }

    private Map<Cell, Tally> read() {
        var cells = new HashMap<Cell, Tally>();
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
        jdbc.sql("select " + CELL + ", e.area, t.number_value, e.number_value, count(*)"
                        + " from feedback_response r"
                        + " join feedback_answer e on e.response_id = r.id and e.measure = 'DIGCOMP'"
                        + " join feedback_response b on b.program_id = r.program_id and b.pair_key = r.pair_key"
                        + " and b.moment = 'ENROLMENT'"
                        + " join feedback_answer t on t.response_id = b.id and t.measure = 'DIGCOMP' and t.area = e.area"
                        + " where r.moment = 'END' and e.number_value is not null and t.number_value is not null"
                        + " group by " + CELL + ", e.area, t.number_value, e.number_value")
                .query(rs -> {
                    var tally = tally(cells, rs);
                    var area = rs.getString(6);
                    int before = rs.getInt(7);
                    int after = rs.getInt(8);
                    long count = rs.getLong(9);
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
                        + " group by r.id, " + CELL + ") x"
                        + " group by program_id, department, site, generation, seniority")
                .query(rs -> {
                    var tally = tally(cells, rs);
                    tally.add("climate:n", rs.getLong(6));
                    tally.add("climate:before", rs.getDouble(7));
                    tally.add("climate:after", rs.getDouble(8));
                });
        return cells;
    }

    private static Tally tally(Map<Cell, Tally> cells, ResultSet rs) throws SQLException {
        var cell = new Cell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        return cells.computeIfAbsent(cell, c -> new Tally());
    }
}
