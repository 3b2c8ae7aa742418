package org.binome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.binome.support.PostgresContextCustomizerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;

/** The schema and the shared session store, on H2 and (second run) on PostgreSQL. */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class PersistenceTests {

    @Autowired
    JdbcClient jdbc;

    /** Used through the public interface: the JDBC session class itself is package-private. */
    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    @Test
    void runsOnTheDatabaseThisBuildAskedFor() {
        var product = jdbc.sql("select 1")
                .query((rs, i) -> {
                    try {
                        return rs.getStatement().getConnection().getMetaData().getDatabaseProductName();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .single();
        assertThat(product).isEqualTo(PostgresContextCustomizerFactory.enabled() ? "PostgreSQL" : "H2");
    }

    @Test
    void everyModuleMigrationIsApplied() throws IOException {
        long files;
        try (Stream<Path> migrations = Files.walk(Path.of("src/main/resources/db/migration"))) {
            files = migrations.filter(p -> p.toString().endsWith(".sql")).count();
        }
        var applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class)
                .single();
        assertThat(applied).isEqualTo(files);
    }

    @Test
    @SuppressWarnings("unchecked")
    void parallelRequestsWritingTheSameSessionAttributeNeverFail() throws Exception {
        Session session = sessions.createSession();
        session.setAttribute("start", "now");
        sessions.save(session);
        var id = session.getId();

        int writers = 8;
        var ready = new CountDownLatch(writers);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writers);
        var results = new ArrayList<Future<?>>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                Session loaded = sessions.findById(id);
                ready.countDown();
                go.await();
                // Each parallel request adds the same new attribute: a plain INSERT would hit the primary key.
                loaded.setAttribute("htmx-fragment", "value-" + n);
                sessions.save(loaded);
                return null;
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        for (var result : results) {
            result.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat((String) ((Session) sessions.findById(id)).getAttribute("htmx-fragment"))
                .startsWith("value-");
    }
}
