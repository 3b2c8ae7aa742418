package org.binome.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every answer once, as counters per {@link Cell}: a handful of grouped queries whose size depends on the number
 * of cells, not of answers. Paired figures (DigComp, climate) join a person's end answers to their T0 answers through
 * the pairing hash and count in the cell of the end answer.
 */
@Component
class ResultCells {

    private static final String CELL = "r.program_id, r.department, r.site, r.generation, r.seniority";

    private final JdbcClient jdbc;

    ResultCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Map<Cell, Tally> load() {
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
        jdbc.sql("with c as (select a.response_id, avg(cast(a.number_value as double precision)) as score"
                        + " from feedback_answer a where a.measure = 'CLIMATE' and a.number_value is not null"
                        + " group by a.response_id)"
                        + " select " + CELL + ", count(*), sum(cb.score), sum(ce.score)"
                        + " from feedback_response r join c ce on ce.response_id = r.id"
                        + " join feedback_response b on b.program_id = r.program_id and b.pair_key = r.pair_key"
                        + " and b.moment = 'ENROLMENT'"
                        + " join c cb on cb.response_id = b.id"
                        + " where r.moment = 'END' group by " + CELL)
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
