package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.binome.feedback.SurveyResults;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.mentorships.Mentorships;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A node that has just started (its own kept records and figures, built from the same facades as this context's)
 * builds the figures at start: the first sponsor's view then reads no record again and shows what a full read shows.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
// The same context as ImpactPagesTests and ImpactNodesTests (a demo of its own).
@TestPropertySource(properties = "binome.insights.cache-for=PT5M")
class ImpactAtStartTests {

    @Autowired
    Programs programs;

    @Autowired
    Mentorships mentorships;

    @Autowired
    Directory directory;

    @Autowired
    SurveyResults surveys;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    PlatformTransactionManager transactionManager;

    private ImpactReports node(ImpactRecords records) {
        var ttl = Duration.ofMinutes(5);
        return new ImpactReports(
                programs,
                directory,
                surveys,
                clock,
                new ImpactCache(ttl, clock),
                records,
                new ImpactChanges(jdbcClient, transactionManager, clock));
    }

    @Test
    void theFirstViewAfterAStartFindsTheFiguresBuiltAndTheyAreAFullReadsFigures() {
        var records = new ImpactRecords(programs, mentorships, directory, clock, Duration.ofMinutes(5));
        var started = node(records);
        var atStart = new ImpactAtStart(started, new SyncTaskExecutor(), true);

        atStart.start();

        assertThat(atStart.built()).as("built, without error").isCompletedWithValue(null);
        long pairs = mentorships
                .pairIds(programs.findAll().stream().map(p -> p.id()).toList())
                .size();
        assertThat(records.pairsRead()).as("every pair read once, at start").isEqualTo(pairs);

        var admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);
        var first = started.dashboard(started.select(admin, 1L), Filter.NONE);
        assertThat(records.pairsRead()).as("the first view reads no pair again").isEqualTo(pairs);

        var fresh = node(new ImpactRecords(programs, mentorships, directory, clock, Duration.ofMinutes(5)));
        var full = fresh.dashboard(fresh.select(admin, 1L), Filter.NONE);
        assertThat(first.participation()).isEqualTo(full.participation());
        assertThat(first.engagement()).isEqualTo(full.engagement());
        assertThat(first.retention()).isEqualTo(full.retention());
        assertThat(first.links()).isEqualTo(full.links());
        assertThat(first.computedAt()).as("computed at start, not at the view").isBeforeOrEqualTo(full.computedAt());
    }

    @Test
    void switchedOffItBuildsNothing() {
        var records = new ImpactRecords(programs, mentorships, directory, clock, Duration.ofMinutes(5));
        var atStart = new ImpactAtStart(node(records), new SyncTaskExecutor(), false);

        atStart.start();

        assertThat(atStart.built()).isCompleted();
        assertThat(records.pairsRead()).isZero();
    }
}
