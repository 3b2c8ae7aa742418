package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Retention on the demo company: the dry run counts what the purge then removes; a purge interrupted mid-way (a
 * module failing, as a node killed or a connection lost would) keeps what it finished, and the next run completes it
 * without doing anything twice; the daily job runs once however many nodes fire it; the audit log keeps 12 months.
 */
@Tag("database")
@SpringBootTest(properties = "binome.privacy.retention.enabled=true")
@ActiveProfiles({"test", "demo"})
@Import(RetentionTests.Interruption.class)
class RetentionTests {

    /** A module whose e-mail purge fails once: the purge stops there, as if the node had died. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Interruption {

        static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

        @Bean
        PersonalData failingOnce() {
            return new PersonalData() {
                @Override
                public String module() {
                    return "interruption";
                }

                @Override
                public List<Table> tables() {
                    return List.of();
                }

                @Override
                public List<Part> export(String employeeNumber) {
                    return List.of();
                }

                @Override
                public void erase(String employeeNumber, String pseudonym) {}

                @Override
                public long purge(String category, java.time.Instant cutoff, boolean dryRun) {
                    if (!dryRun && "mail".equals(category) && FAILURES_LEFT.getAndDecrement() > 0) {
                        throw new IllegalStateException("connection lost during the purge");
                    }
                    return 0;
                }
            };
        }
    }

    @Autowired
    Retention retention;

    @Autowired
    AuditLog audit;

    @Autowired
    RecordOfProcessing record;

    @Autowired
    ErasureRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ZoneId zone;

    @Test
    void anInterruptedPurgeKeepsWhatItFinishedAndTheNextRunCompletesItWithoutDoingAnythingTwice() {
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var departed = jdbc.sql("select employee_number from person p where status = 'ACTIVE'"
                        + " and employee_number <> 'ML00001'"
                        + " and not exists (select 1 from mentorship_member m where m.employee_number = p.employee_number)"
                        + " and not exists (select 1 from circle_member c where c.employee_number = p.employee_number)"
                        + " order by employee_number desc limit 2")
                .query(String.class)
                .list();
        assertThat(departed).hasSize(2);
        jdbc.sql("update person set status = 'LEFT', leaving_date = ? where employee_number in (?, ?)")
                .params(java.sql.Date.valueOf(today.minusDays(200)), departed.get(0), departed.get(1))
                .update();
        var recentlyLeft = jdbc.sql("select employee_number from person where status = 'ACTIVE'"
                        + " and employee_number not in (?, ?, 'ML00001') order by employee_number desc limit 1")
                .params(departed.get(0), departed.get(1))
                .query(String.class)
                .single();
        jdbc.sql("update person set status = 'LEFT', leaving_date = ? where employee_number = ?")
                .params(java.sql.Date.valueOf(today.minusDays(30)), recentlyLeft)
                .update();
        var oldNotifications = jdbc.sql("update notification set created_at = ? where id in"
                        + " (select id from notification order by id limit 3)")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(400))))
                .update();
        var lastOld = audit.append("admin", "TEST_RETENTION_OLD", "x", null, null);
        AuditChains.backdate(audit, jdbc, lastOld.seq(), clock.instant().minus(Duration.ofDays(400)));
        var recent = audit.append("admin", "TEST_RETENTION_RECENT", "x", null, null);

        var purgesBefore = purges();
        var erasedBefore = erasedByRetention();
        var report = counts(retention.run(true));
        assertThat(report.get("departed")).isGreaterThanOrEqualTo(2);
        assertThat(report.get("notifications")).isGreaterThanOrEqualTo(oldNotifications);
        assertThat(report.get("audit")).isPositive();
        assertThat(counts(retention.run(true)))
                .as("the dry run touches nothing")
                .isEqualTo(report);

        Interruption.FAILURES_LEFT.set(1);
        assertThatThrownBy(() -> retention.run(false)).hasMessageContaining("connection lost");

        // What ran before the interruption is done and stays done.
        assertThat(register.erasedAs(departed.get(0))).isPresent();
        assertThat(register.erasedAs(departed.get(1))).isPresent();
        assertThat(register.erasedAs(recentlyLeft)).as("left 30 days ago: kept").isEmpty();
        var afterInterruption = counts(retention.run(true));
        assertThat(afterInterruption.get("departed")).isZero();
        assertThat(afterInterruption.get("audit")).isZero();
        assertThat(afterInterruption.get("notifications")).isZero();
        assertThat(purges())
                .as("an interrupted purge does not claim it finished")
                .isEqualTo(purgesBefore);
        assertThat(audit.verify().intact()).isTrue();

        var second = counts(retention.run(false));
        assertThat(second.get("departed")).as("nobody is erased twice").isZero();
        assertThat(second.get("audit")).isZero();
        assertThat(counts(retention.run(true)).values()).containsOnly(0L);
        assertThat(purges()).isEqualTo(purgesBefore + 1);
        assertThat(erasedByRetention()).isEqualTo(erasedBefore + report.get("departed"));
        assertThat(audit.search(new AuditLog.Search(null, null, "TEST_RETENTION_RECENT", null, null), 5))
                .extracting(AuditLog.Entry::seq)
                .containsExactly(recent.seq());
        assertThat(audit.verify().intact()).isTrue();

        // A third run (the next night) finds nothing to do and changes nothing.
        assertThat(counts(retention.run(false)).values()).containsOnly(0L);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theAuditLogIsKeptTwelveMonthsByDefault() {
        var audit = record.retention("audit");
        assertThat(audit.duration()).isEqualTo(Duration.ofDays(365));
        assertThat(audit.defaultDuration()).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void theDailyJobFiredByEveryNodeRunsOnce() {
        var before = purges();
        retention.daily();
        retention.daily();

        assertThat(purges()).as("the second node found the lock taken").isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'privacy-retention'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long erasedByRetention() {
        return jdbc.sql("select count(*) from privacy_erasure where status = 'DONE' and reason = 'RETENTION'")
                .query(Long.class)
                .single();
    }

    private long purges() {
        return audit.search(new AuditLog.Search(null, null, "RETENTION_PURGED", null, null), 100)
                .size();
    }

    private static java.util.Map<String, Long> counts(List<Retention.Line> lines) {
        var counts = new java.util.TreeMap<String, Long>();
        lines.forEach(line -> counts.put(line.category(), line.count()));
        return counts;
    }
}
