package org.binome.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.binome.support.PostgresContextCustomizerFactory;
import org.binome.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two application nodes (two Spring contexts) on one database, each with the ShedLock set-up of
 * {@link SchedulingConfiguration}: a scheduled job firing on both runs on one of them only.
 */
@Tag("database")
class SchedulerLockTests {

    static final AtomicInteger RUNS = new AtomicInteger();
    static volatile CountDownLatch hold = new CountDownLatch(0);
    static volatile CountDownLatch entered = new CountDownLatch(1);

    private AnnotationConfigApplicationContext first;
    private AnnotationConfigApplicationContext second;

    @BeforeEach
    void twoNodesOnOneDatabase() throws Exception {
        var url = PostgresContextCustomizerFactory.enabled()
                ? PostgresDatabase.createDatabase()
                : "jdbc:h2:mem:locks-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var migration = new ClassPathResource("db/migration/communication/V801__scheduler_lock.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        new JdbcTemplate(dataSource(url)).execute(migration.replaceAll("(?m)^--.*$", ""));
        first = node(url);
        second = node(url);
        RUNS.set(0);
    }

    @AfterEach
    void stopNodes() {
        hold = new CountDownLatch(0);
        first.close();
        second.close();
    }

    @Test
    void whileOneNodeRunsTheJobTheOtherSkipsIt() throws Exception {
        hold = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            var running = executor.submit(() -> first.getBean(Jobs.class).frequent());
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            second.getBean(Jobs.class).frequent();
            assertThat(RUNS.get()).as("the second node found the lock taken").isEqualTo(1);

            hold.countDown();
            running.get(10, TimeUnit.SECONDS);
        } finally {
            hold.countDown();
            executor.shutdownNow();
        }
        second.getBean(Jobs.class).frequent();
        assertThat(RUNS.get()).as("released once finished").isEqualTo(2);
    }

    @Test
    void aDailyJobFiredByBothNodesRunsOnce() {
        first.getBean(Jobs.class).daily();
        second.getBean(Jobs.class).daily();
        first.getBean(Jobs.class).daily();

        assertThat(RUNS.get()).isEqualTo(1);
    }

    private static AnnotationConfigApplicationContext node(String url) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource(url));
        context.register(Node.class);
        context.refresh();
        return context;
    }

    private static DataSource dataSource(String url) {
        var dataSource = new DriverManagerDataSource(url);
        if (PostgresContextCustomizerFactory.enabled()) {
            dataSource.setUsername("postgres");
            dataSource.setPassword("postgres");
        } else {
            dataSource.setUsername("sa");
        }
        return dataSource;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
    static class Node {

        @Bean
        LockProvider lockProvider(DataSource dataSource) {
            return SchedulingConfiguration.lockProvider(new JdbcTemplate(dataSource));
        }

        @Bean
        Jobs jobs() {
            return new Jobs();
        }
    }

    static class Jobs {

        @SchedulerLock(name = "test-frequent", lockAtMostFor = "PT1M")
        public void frequent() {
            RUNS.incrementAndGet();
            entered.countDown();
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @SchedulerLock(name = "test-daily", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
        public void daily() {
            RUNS.incrementAndGet();
        }
    }
}
