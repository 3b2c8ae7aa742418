package org.binome.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The backup commands of the README, on the embedded database with the demo company in it: an online logical backup
 * ({@code SCRIPT TO}) restored into an empty database ({@code RUNSCRIPT FROM}), then an online physical backup of
 * that database ({@code BACKUP TO}), the database destroyed (files deleted) and restored from the zip
 * ({@code org.h2.tools.Restore}). Each time every row of every table is found again, byte for byte.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class BackupRestoreTests {

    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Autowired
    DataSource dataSource;

    @TempDir
    Path directory;

    @Test
    void backsUpDestroysAndRestoresTheEmbeddedDatabaseWithEveryRow() throws Exception {
        Map<String, String> original;
        var logical = directory.resolve("binome-backup.sql.zip");
        try (var live = dataSource.getConnection()) {
            // The demo company's modules may still be writing in the background (surveys sent, e-mails queued) when
            // this context has just started: back up until the database did not change while being backed up, so
            // that the rows compared are the rows saved.
            Map<String, String> after = null;
            int attempts = 0;
            do {
                if (after != null) {
                    Thread.sleep(1_000);
                }
                original = fingerprint(live);
                try (var statement = live.createStatement()) {
                    statement.execute("SCRIPT TO '" + logical + "' COMPRESSION ZIP");
                }
                after = fingerprint(live);
            } while (!after.equals(original) && ++attempts < 30);
            assertThat(after).as("a database quiet for the time of one backup").isEqualTo(original);
        }
        assertThat(original.keySet()).contains("person", "user_account", "mentorship", "spring_session");
        assertThat(rows(original)).as("the demo company is there to be saved").isGreaterThan(1_000);

        var restoredDir = directory.resolve("restored");
        var url = "jdbc:h2:file:" + restoredDir.resolve("binome") + OPTIONS;
        try (var restored = DriverManager.getConnection(url, "sa", "")) {
            try (var statement = restored.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + logical + "' COMPRESSION ZIP");
            }
            assertThat(fingerprint(restored)).isEqualTo(original);
        }

        var physical = directory.resolve("binome-backup.zip");
        try (var running = DriverManager.getConnection(url, "sa", "")) {
            try (var statement = running.createStatement()) {
                statement.execute("BACKUP TO '" + physical + "'");
                statement.execute("SHUTDOWN");
            }
        }
        try (Stream<Path> files = Files.list(restoredDir)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(restoredDir)) {
            assertThat(files).as("the database is destroyed").isEmpty();
        }
        Restore.execute(physical.toString(), restoredDir.toString(), "binome");
        try (var back = DriverManager.getConnection(url, "sa", "")) {
            assertThat(fingerprint(back)).isEqualTo(original);
        }
    }

    private static long rows(Map<String, String> fingerprint) {
        return fingerprint.values().stream()
                .mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(' '))))
                .sum();
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof java.sql.Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof java.sql.Array array) {
            return java.util.Arrays.deepToString((Object[]) array.getArray());
        }
        return String.valueOf(value);
    }

    /** Per table: its row count and a digest of all its rows (sorted, every column, bytes in hex). */
    private static Map<String, String> fingerprint(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        var result = new TreeMap<String, String>();
        for (var table : tables) {
            var lines = new ArrayList<String>();
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("select * from \"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    var line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        line.append(text(rs.getObject(i))).append('\u0001');
                    }
                    lines.add(line.toString());
                }
            }
            lines.sort(null);
            result.put(table, lines.size() + " " + Integer.toHexString(lines.hashCode()));
        }
        return result;
    }
}
