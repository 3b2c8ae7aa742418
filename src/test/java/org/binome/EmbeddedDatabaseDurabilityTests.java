package org.binome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.binome.support.CommitThenHalt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps every committed transaction when the process is killed. */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path folder;

    @Test
    void aCommittedTransactionSurvivesAKilledProcess() throws Exception {
        var url = embeddedDefaultUrl()
                .replace("./data/binome", folder.resolve("binome").toString());

        for (int id = 1; id <= 3; id++) {
            var child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            CommitThenHalt.class.getName(),
                            url,
                            String.valueOf(id))
                    .redirectErrorStream(true)
                    .start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            var output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(output).isEqualTo(9);
            assertThat(output).contains("committed");
        }

        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("select count(*) from survivor")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }

    /**
     * Every audited action takes the audit chain's head row lock; H2's own default lock timeout (2 s) made a sign-in
     * fail with an error page while another transaction held that row a little longer (seen while the demo company
     * was loading). The embedded default waits up to 10 s, as PostgreSQL would.
     */
    @Test
    void aTransactionWaitsForARowLockHeldLongerThanTwoSeconds() throws Exception {
        var url = embeddedDefaultUrl()
                .replace("./data/binome", folder.resolve("locks").toString());
        try (var holder = DriverManager.getConnection(url, "sa", "");
                var waiter = DriverManager.getConnection(url, "sa", "")) {
            holder.createStatement().execute("create table head (id int primary key, seq int)");
            holder.createStatement().execute("insert into head values (1, 0)");
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("select seq from head where id = 1 for update");
            var release = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    holder.createStatement().execute("update head set seq = 1 where id = 1");
                    TimeUnit.SECONDS.sleep(3);
                    holder.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            waiter.setAutoCommit(false);
            try (var rows = waiter.createStatement().executeQuery("select seq from head where id = 1 for update")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            waiter.commit();
            release.get(30, TimeUnit.SECONDS);
        }
    }

    private static String embeddedDefaultUrl() throws Exception {
        var properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
