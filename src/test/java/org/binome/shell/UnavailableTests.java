package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.binome.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP, with every connection of the pool taken: a page answers 503 with Retry-After and a translated
 * explanation instead of a 500, and the same person's next request, once connections are free, is served as before.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=250")
@ActiveProfiles({"test", "demo"})
class UnavailableTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aPageThatGetsNoConnectionAnswersServiceUnavailableAndTheNextOneIsServed() throws Exception {
        var client = new WebClient(port);
        client.signIn("mentor", "binome-demo-2026");
        assertThat(client.get("/me").statusCode()).isEqualTo(200);
        var english = new WebClient(port);
        english.setCookie("binome-lang", "en");
        english.signIn("sponsor", "binome-demo-2026");

        var taken = new ArrayList<Connection>();
        try {
            var pool = dataSource.unwrap(HikariDataSource.class);
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }
            var page = client.get("/me");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("5");
            assertThat(page.body()).contains("Binôme est momentanément indisponible", "href=\"/me\"");

            var dashboard = english.get("/sponsor?programme=1");
            assertThat(dashboard.statusCode()).isEqualTo(503);
            assertThat(dashboard.body()).contains("Binôme is briefly unavailable", "href=\"/sponsor?programme=1\"");
        } finally {
            for (var connection : taken) {
                connection.close();
            }
        }
        assertThat(client.get("/me").statusCode())
                .as("the same session, served again")
                .isEqualTo(200);
    }

    @Test
    void onlyAMissingOrLostConnectionCounts() {
        var timedOut = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        var lost =
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        var refused = new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"));

        assertThat(Unavailable.noConnection(timedOut)).isTrue();
        assertThat(Unavailable.noConnection(lost)).isTrue();
        assertThat(Unavailable.noConnection(refused)).isFalse();
        assertThat(Unavailable.noConnection(new IllegalStateException("no cause")))
                .isFalse();
    }
}
