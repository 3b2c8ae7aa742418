package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.mentorships.Mentorships;
import org.binome.mentorships.PairRecord;
import org.binome.mentorships.SessionCancelled;
import org.binome.mentorships.SessionLogged;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pairs' sessions kept in {@code insights_pair_sessions}: a node that reads every record (a restart) takes the
 * sessions of the pairs nothing happened to from there, reads those of the pairs an event or another node's change
 * concerned, and its records and figures are those every session read now gives, after a sequence of events.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
// The same context as ImpactPagesTests and ImpactNodesTests (a demo of its own).
@TestPropertySource(properties = "binome.insights.cache-for=PT5M")
class ImpactStoredSessionsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Programs programs;

    @Autowired
    Mentorships mentorships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private final org.binome.identity.BinomeUser admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);

    private List<Long> all() {
        return programs.findAll().stream().map(ProgramView::id).toList();
    }

    /** A node just started: every record read, the sessions from the table where still true. */
    private ImpactRecords restarted(FreshNode node) {
        var records = node.records();
        records.of(all());
        return records;
    }

    private PairRecord truth(long pair) {
        return mentorships.pairRecordsOf(List.of(pair)).get(0);
    }

    /** A session's row (no event), its id. */
    private long insert(long pair, String uid, Instant at, int minutes) {
        jdbc.update(
                "insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes,"
                        + " meeting_format, status, planned_by) values (?, ?, ?, ?, 'REMOTE', 'PLANNED', 'ML00001')",
                pair,
                uid,
                Timestamp.from(at),
                minutes);
        return jdbc.queryForObject("select id from mentorship_session where ical_uid = ?", Long.class, uid);
    }

    /** A session of this pair logged as mentorships does it: its row, SessionLogged inside the transaction. */
    private long log(long pair, String uid, Instant at) {
        return transactions.execute(status -> {
            long id = insert(pair, uid, at, 60);
            events.publishEvent(new SessionLogged(1, pair, id, at, 60, "ML00001"));
            return id;
        });
    }

    @Test
    void aRestartReadsOnlyThePairsThatChangedAndGivesWhatEverySessionReadGives() {
        var node = new FreshNode(context).withNothingStored();
        // Earlier tests' changes (this context's events, or every record "cannot be placed") would make kept rows
        // stale too: the counts below are of this test's changes only.
        jdbc.update("delete from insights_change");
        var active = jdbc.queryForList(
                "select id from mentorship where program_id = 1 and status = 'ACTIVE' order by id", Long.class);
        assertThat(active).as("the demo has active pairs").hasSizeGreaterThanOrEqualTo(4);
        long logged = active.get(0);
        long cancelled = active.get(1);
        long elsewhere = active.get(2);
        long unannounced = active.get(3);
        long pairs = mentorships.pairIds(all()).size();
        var at = Instant.now().minus(Duration.ofHours(3));
        try {
            var first = restarted(node);
            assertThat(first.sessionsRead())
                    .as("nothing kept yet: every pair's sessions")
                    .isEqualTo(pairs);
            assertThat(jdbc.queryForObject("select count(*) from insights_pair_sessions", Long.class))
                    .as("and kept")
                    .isEqualTo(pairs);
            var again = restarted(node);
            assertThat(again.sessionsRead()).as("a restart reads no session").isZero();
            assertThat(again.of(all()).pairs()).isEqualTo(mentorships.pairRecords(all()));

            // A sequence of events on this node: a session logged in one pair, one logged then cancelled in another.
            log(logged, "stored-1", at);
            long id = log(cancelled, "stored-2", at.plusSeconds(60));
            transactions.executeWithoutResult(status -> {
                jdbc.update("update mentorship_session set status = 'CANCELLED' where id = ?", id);
                events.publishEvent(new SessionCancelled(1, cancelled, id, "ML00001", List.of(), at, null));
            });
            // Another node's change: the session's row, and that node's row in insights_change.
            insert(elsewhere, "stored-3", at, 45);
            jdbc.update(
                    "insert into insights_change (node, kind, pair_id) values ('another-node', 'PAIR', ?)", elsewhere);
            // A change no node wrote down (a node stopped between its commit and that row): the kept row stays.
            insert(unannounced, "stored-4", at, 30);

            var after = restarted(node);
            assertThat(after.sessionsRead())
                    .as("the sessions of the three pairs changed, no other")
                    .isEqualTo(3);
            var kept = after.of(all()).pairs().stream()
                    .filter(p -> p.id() != unannounced)
                    .toList();
            var now = mentorships.pairRecords(all()).stream()
                    .filter(p -> p.id() != unannounced)
                    .toList();
            assertThat(kept)
                    .as("every other pair as every session read gives it")
                    .isEqualTo(now);
            assertThat(kept.stream()
                            .filter(p -> p.id() == logged)
                            .findFirst()
                            .orElseThrow()
                            .minutesHeld())
                    .isEqualTo(truth(logged).minutesHeld());
            var stale = after.of(all()).pairs().stream()
                    .filter(p -> p.id() == unannounced)
                    .findFirst()
                    .orElseThrow();
            assertThat(stale.minutesHeld())
                    .as("the unannounced change is not seen: the kept row is what is read")
                    .isEqualTo(truth(unannounced).minutesHeld() - 30);

            // Something that cannot be placed, written by another node: every pair's sessions read again.
            jdbc.update("insert into insights_change (node, kind) values ('another-node', 'ALL')");
            var everything = restarted(node);
            assertThat(everything.sessionsRead()).isEqualTo(pairs);
            assertThat(everything.of(all()).pairs()).isEqualTo(mentorships.pairRecords(all()));

            // And the dashboard of a node started now is what a node reading every session computes.
            var reports = node.reports(node.records());
            var dashboard = reports.dashboard(reports.select(admin, 1L), Filter.NONE);
            var full = node.fromScratch(admin, 1L);
            assertThat(dashboard.participation()).isEqualTo(full.participation());
            assertThat(dashboard.engagement()).isEqualTo(full.engagement());
            assertThat(dashboard.retention()).isEqualTo(full.retention());
            assertThat(dashboard.links()).isEqualTo(full.links());
        } finally {
            jdbc.update("delete from mentorship_session where ical_uid like 'stored-%'");
            node.withNothingStored();
            context.getBean(ImpactCache.class).clear();
            context.getBean(ImpactRecords.class).clear();
        }
    }
}
