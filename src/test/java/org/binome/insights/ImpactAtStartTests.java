package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.mentorships.Mentorships;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

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
    ApplicationContext context;

    @Test
    void theFirstViewAfterAStartFindsTheFiguresBuiltAndTheyAreAFullReadsFigures() {
        var node = new FreshNode(context).withNothingStored();
        var records = node.records();
        var started = node.reports(records);
        var atStart = new ImpactAtStart(started, new SyncTaskExecutor(), true);

        atStart.start();

        assertThat(atStart.built()).as("built, without error").isCompletedWithValue(null);
        var programs = context.getBean(Programs.class);
        long pairs = context.getBean(Mentorships.class)
                .pairIds(programs.findAll().stream().map(p -> p.id()).toList())
                .size();
        assertThat(records.pairsRead()).as("every pair read once, at start").isEqualTo(pairs);

        var admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);
        var first = started.dashboard(started.select(admin, 1L), Filter.NONE);
        assertThat(records.pairsRead()).as("the first view reads no pair again").isEqualTo(pairs);

        var full = node.fromScratch(admin, 1L);
        assertThat(first.participation()).isEqualTo(full.participation());
        assertThat(first.engagement()).isEqualTo(full.engagement());
        assertThat(first.retention()).isEqualTo(full.retention());
        assertThat(first.links()).isEqualTo(full.links());
        assertThat(first.computedAt()).as("computed at start, not at the view").isBeforeOrEqualTo(full.computedAt());
    }

    @Test
    void switchedOffItBuildsNothing() {
        var node = new FreshNode(context).withNothingStored();
        var records = node.records();
        var atStart = new ImpactAtStart(node.reports(records), new SyncTaskExecutor(), false);

        atStart.start();

        assertThat(atStart.built()).isCompleted();
        assertThat(records.pairsRead()).isZero();
    }
}
