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

    private static String embeddedDefaultUrl() throws Exception {
        var properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
