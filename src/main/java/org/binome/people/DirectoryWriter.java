package org.binome.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.binome.shared.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the valid lines of a checked file to the directory, inside the caller's transaction: new people a hundred to
 * an insert statement, changed people by batches of updates, unchanged people (same values as stored) left alone, and
 * when the file is the complete directory, the active people it lacks marked as left.
 */
@Component
class DirectoryWriter {

    private static final int BATCH = 1000;
    /** People per insert statement: 100 rows of 17 values, well below every driver's limit on parameters. */
    private static final int ROWS_PER_INSERT = 100;
    /** Changes beyond which the import refreshes the database's statistics of the directory. */
    private static final int ANALYZE_FROM = 1000;

    private static final Logger log = LoggerFactory.getLogger(DirectoryWriter.class);

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final DirectoryLists lists;

    private final Database database;

    DirectoryWriter(JdbcTemplate jdbc, Clock clock, DirectoryLists lists, Database database) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.lists = lists;
        this.database = database;
    }

    private record Existing(long id, String fingerprint, boolean active) {}

    /** Applies the valid lines; returns created, updated, unchanged and marked-as-left counts. */
    int[] write(ImportJob job, ImportCheck.Checked checked, IntConsumer progress) {
        lists.changed();
        var today = LocalDate.now(clock);
        var reader = new RowReader(job.settings(), job.headers(), today);
        var fields = new ArrayList<ImportField>();
        for (var field : ImportField.values()) {
            if (field != ImportField.LEAVING_DATE && job.settings().fills(field)) {
                fields.add(field);
            }
        }
        var existing = new HashMap<String, Existing>();
        // only the compared columns, read by position: id, number, status, the mapped fields, then the leaving date
        var compared = new StringBuilder("select id, employee_number, status");
        fields.forEach(field -> compared.append(", ").append(field.column));
        jdbc.query(compared.append(", leaving_date from person").toString(), rs -> {
            var values = new ArrayList<Object>(fields.size() + 2);
            for (int i = 0; i < fields.size(); i++) {
                values.add(rs.getObject(4 + i));
            }
            values.add(rs.getObject(4 + fields.size()));
            var status = rs.getString(3);
            values.add(status);
            existing.put(
                    rs.getString(2),
                    new Existing(
                            rs.getLong(1),
                            fingerprint(values),
                            PersonStatus.ACTIVE.name().equals(status)));
        });
        var insertColumns =
                java.util.Arrays.stream(ImportField.values()).map(f -> f.column).collect(Collectors.joining(", "));
        var inserting = new Inserts(
                "insert into person (" + insertColumns + ", status, last_name_key, first_name_key, email_key, version)"
                        + " values ",
                "(" + "?, ".repeat(ImportField.values().length) + "?, ?, ?, ?, 0)");
        var updatable =
                fields.stream().filter(f -> f != ImportField.EMPLOYEE_NUMBER).toList();
        var updateSql = "update person set "
                + updatable.stream().map(f -> f.column + " = ?, ").collect(Collectors.joining())
                + "leaving_date = ?, status = ?, last_name_key = ?, first_name_key = ?, email_key = ?,"
                + " version = version + 1 where id = ?";
        // explicit SQL types: no parameter metadata round trip for every null value
        var insertTypes = types(java.util.Arrays.asList(ImportField.values()), java.sql.Types.VARCHAR, 4);
        var updateTypes = types(updatable, java.sql.Types.DATE, 0);
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        int[] counts = {0, 0, 0};
        var source = job.source();
        source.read(new ImportProgress(source.size(), progress), record -> {
            if (checked.invalidLines().get((int) record.line())) {
                return true;
            }
            var row = reader.read(record);
            var manager = checked.managerOf(row);
            var status = row.status(today);
            var values = new ArrayList<Object>();
            for (var field : fields) {
                values.add(row.valueOf(field, manager));
            }
            values.add(row.leavingDate);
            values.add(status.name());
            var before = existing.get(row.employeeNumber);
            if (before == null) {
                var insert = new ArrayList<Object>();
                for (var field : ImportField.values()) {
                    insert.add(row.valueOf(field, manager));
                }
                insert.add(status.name());
                insert.addAll(keys(row));
                inserts.add(insert.toArray());
                counts[0]++;
            } else if (!before.fingerprint().equals(fingerprint(values))) {
                var update = new ArrayList<Object>();
                for (var field : updatable) {
                    update.add(row.valueOf(field, manager));
                }
                update.add(row.leavingDate);
                update.add(status.name());
                update.addAll(keys(row));
                update.add(before.id());
                updates.add(update.toArray());
                counts[1]++;
            } else {
                counts[2]++;
            }
            if (inserts.size() >= BATCH) {
                inserting.write(inserts, insertTypes);
            }
            flush(updateSql, updates, false, updateTypes);
            return true;
        });
        inserting.write(inserts, insertTypes);
        flush(updateSql, updates, true, updateTypes);
        int left = 0;
        if (job.completeDirectory()) {
            var leaving = new ArrayList<Object[]>();
            for (var person : existing.entrySet()) {
                if (person.getValue().active() && !checked.numbers().contains(person.getKey())) {
                    leaving.add(new Object[] {today, person.getValue().id()});
                }
            }
            left = leaving.size();
            for (int from = 0; from < leaving.size(); from += BATCH) {
                jdbc.batchUpdate(
                        "update person set status = 'LEFT', leaving_date = ?, version = version + 1 where id = ?",
                        leaving.subList(from, Math.min(leaving.size(), from + BATCH)));
            }
        }
        progress.accept(100);
        return new int[] {counts[0], counts[1], counts[2], left};
    }

    private static List<Object> keys(ImportRow row) {
        return java.util.Arrays.asList(
                SearchKeys.fold(row.lastName),
                SearchKeys.fold(row.firstName),
                row.email == null ? null : row.email.toLowerCase(Locale.ROOT));
    }

    /** The columns' SQL types, then {@code extra}, then status and the three search keys (VARCHAR), then the id. */
    private static int[] types(List<ImportField> fields, int extra, int mode) {
        var types = new ArrayList<Integer>();
        for (var field : fields) {
            types.add(
                    switch (field) {
                        case HIRE_DATE, LEAVING_DATE -> java.sql.Types.DATE;
                        case CAREER_START_YEAR, BIRTH_YEAR -> java.sql.Types.INTEGER;
                        default -> java.sql.Types.VARCHAR;
                    });
        }
        if (mode == 4) {
            // insert: status and the three keys
            for (int i = 0; i < 4; i++) {
                types.add(extra);
            }
        } else {
            // update: leaving date, status, three keys, id
            types.add(extra);
            for (int i = 0; i < 4; i++) {
                types.add(java.sql.Types.VARCHAR);
            }
            types.add(java.sql.Types.BIGINT);
        }
        return types.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * New people written {@link #ROWS_PER_INSERT} to a statement ({@code insert ... values (...), (...), ...}): far
     * fewer statements to execute than rows, on H2 as on PostgreSQL.
     */
    private final class Inserts {
        private final String start;
        private final String row;
        private final Map<Integer, String> statements = new HashMap<>();

        Inserts(String start, String row) {
            this.start = start;
            this.row = row;
        }

        /** Writes these rows (each with the given SQL types) and empties the list. */
        void write(List<Object[]> rows, int[] types) {
            if (rows.isEmpty()) {
                return;
            }
            int full = rows.size() / ROWS_PER_INSERT;
            if (full > 0) {
                var statements = new ArrayList<Object[]>(full);
                for (int i = 0; i < full; i++) {
                    statements.add(flatten(rows.subList(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT)));
                }
                jdbc.batchUpdate(sql(ROWS_PER_INSERT), statements, repeat(types, ROWS_PER_INSERT));
            }
            var rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
            if (!rest.isEmpty()) {
                jdbc.update(sql(rest.size()), flatten(rest), repeat(types, rest.size()));
            }
            rows.clear();
        }

        private String sql(int rows) {
            return statements.computeIfAbsent(
                    rows, n -> start + String.join(", ", java.util.Collections.nCopies(n, row)));
        }

        private static Object[] flatten(List<Object[]> rows) {
            int width = rows.get(0).length;
            var values = new Object[rows.size() * width];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, values, i * width, width);
            }
            return values;
        }

        private static int[] repeat(int[] types, int times) {
            var all = new int[types.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(types, 0, all, i * types.length, types.length);
            }
            return all;
        }
    }

    private void flush(String sql, List<Object[]> batch, boolean always, int[] types) {
        if (batch.size() >= BATCH || (always && !batch.isEmpty())) {
            jdbc.batchUpdate(sql, batch, types);
            batch.clear();
        }
    }

    /** Dates and numbers compared as text, so that a value read from the file and from the database agree. */
    private static String fingerprint(List<Object> values) {
        var text = new StringBuilder();
        for (var value : values) {
            if (value instanceof java.sql.Date date) {
                value = date.toLocalDate();
            }
            text.append(Objects.toString(value, "")).append('\u0001');
        }
        return text.toString();
    }

    /**
     * Fresh planner statistics after a large change, so that the directory's next searches are planned for the new
     * size at once rather than when the database gets round to it (PostgreSQL plans a freshly filled table as if it
     * were small until then).
     */
    void refreshStatistics(int changedRows) {
        if (changedRows < ANALYZE_FROM) {
            return;
        }
        try {
            jdbc.execute(database.isPostgresql() ? "analyze person" : "analyze table person");
        } catch (DataAccessException e) {
            log.warn("Could not refresh the directory's statistics after an import", e);
        }
    }
}
