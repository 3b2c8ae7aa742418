package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.mentorships.SessionLogged;
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
 * Two nodes on one database: this application context is the first; the second is built here from the same facades,
 * with its own kept records and figures, and hears none of the first one's events. It learns of the first node's
 * changes through {@code insights_change} only.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
// The same context as ImpactPagesTests (a demo of its own).
@TestPropertySource(properties = "binome.insights.cache-for=PT5M")
class ImpactNodesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ImpactCache cache;

    @Autowired
    ImpactRecords records;

    @Test
    void aSessionLoggedOnOneNodeShowsAtTheNextViewOnAnotherWhichReadsThatPairOnly() {
        var node = new FreshNode(context).withNothingStored();
        var otherRecords = node.records();
        var other = node.reports(otherRecords);
        var admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);
        var selection = other.select(admin, 1L);
        var before = other.dashboard(selection, Filter.NONE);
        long lastChange = jdbc.queryForObject("select coalesce(max(id), 0) from insights_change", Long.class);
        long pair = jdbc.queryForObject(
                "select min(id) from mentorship where program_id = 1 and status = 'ACTIVE'", Long.class);
        var at = Instant.now().minus(Duration.ofHours(2));
        try {
            // On this node: what mentorships does when a member logs a session (the row, SessionLogged inside the
            // transaction); the other node hears nothing of it.
            logSessionOnThisNode(pair, at, "impact-node");
            assertThat(jdbc.queryForObject(
                            "select count(*) from insights_change where kind = 'PAIR' and pair_id = ? and id > ?",
                            Integer.class,
                            pair,
                            lastChange))
                    .as("the change recorded for the other nodes, once")
                    .isEqualTo(1);

            var kept = other.dashboard(selection, Filter.NONE);
            assertThat(kept.engagement().hoursPerPairMonth())
                    .as("without looking at insights_change, the other node keeps what it computed")
                    .isEqualTo(before.engagement().hoursPerPairMonth());

            long read = otherRecords.pairsRead();
            var after = other.dashboard(other.select(admin, 1L), Filter.NONE);
            assertThat(after.engagement().hoursPerPairMonth())
                    .as("the next view on the other node counts the 90 minutes")
                    .isGreaterThan(before.engagement().hoursPerPairMonth());
            assertThat(otherRecords.pairsRead() - read)
                    .as("that pair read again, not every pair")
                    .isEqualTo(1);
        } finally {
            // Removed without an event: the pair's kept sessions go too, so that later tests' nodes read them again.
            jdbc.update("delete from mentorship_session where ical_uid = 'impact-node'");
            jdbc.update("delete from insights_pair_sessions where pair_id = ?", pair);
            cache.clear();
            records.clear();
        }
    }

    @Test
    void withRefreshAfterTheOtherNodeServesItsLastFiguresThenCountsTheSessionOnceComputedInTheBackground() {
        var node = new FreshNode(context).withNothingStored();
        var otherRecords = node.records();
        var queued = new java.util.ArrayDeque<Runnable>();
        // Production's path (binome.insights.refresh-after), the background computation run when the test says.
        var other = node.reports(
                otherRecords,
                new ImpactCache(
                        FreshNode.TTL, Duration.ofNanos(1), context.getBean(java.time.Clock.class), queued::add));
        var admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);
        var before = other.dashboard(other.select(admin, 1L), Filter.NONE);
        long pair = jdbc.queryForObject(
                "select min(id) from mentorship where program_id = 1 and status = 'ACTIVE'", Long.class);
        var at = Instant.now().minus(Duration.ofHours(2));
        try {
            logSessionOnThisNode(pair, at, "impact-node-refresh");

            var served = other.served(other.select(admin, 1L), Filter.NONE);
            assertThat(served.updating())
                    .as("the page says newer figures are on their way")
                    .isTrue();
            assertThat(served.value().engagement().hoursPerPairMonth())
                    .as("the last figures, not computed by the view")
                    .isEqualTo(before.engagement().hoursPerPairMonth());
            assertThat(queued).as("one computation in the background").hasSize(1);

            long read = otherRecords.pairsRead();
            queued.poll().run();
            var after = other.served(other.select(admin, 1L), Filter.NONE);
            assertThat(after.updating()).isFalse();
            assertThat(after.value().engagement().hoursPerPairMonth())
                    .as("the next view counts the 90 minutes")
                    .isGreaterThan(before.engagement().hoursPerPairMonth());
            assertThat(otherRecords.pairsRead() - read)
                    .as("that pair read again, not every pair")
                    .isEqualTo(1);
        } finally {
            jdbc.update("delete from mentorship_session where ical_uid = 'impact-node-refresh'");
            jdbc.update("delete from insights_pair_sessions where pair_id = ?", pair);
            cache.clear();
            records.clear();
        }
    }

    /**
     * A change's row is written in the change's own transaction: a node whose every connection is held by requests
     * logging sessions must not need a second one per request (it waited for it until the pool's connection-timeout).
     */
    @Test
    void aChangeIsRecordedInItsOwnTransactionWithOneConnection() throws java.sql.SQLException {
        var pool = context.getBean(javax.sql.DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class);
        var one = new com.zaxxer.hikari.HikariConfig();
        one.setJdbcUrl(pool.getJdbcUrl());
        one.setUsername(pool.getUsername());
        one.setPassword(pool.getPassword());
        one.setMaximumPoolSize(1);
        one.setConnectionTimeout(250);
        try (var single = new com.zaxxer.hikari.HikariDataSource(one)) {
            var tx = new TransactionTemplate(new org.springframework.jdbc.support.JdbcTransactionManager(single));
            var changes = new ImpactChanges(
                    org.springframework.jdbc.core.simple.JdbcClient.create(single),
                    context.getBean(java.time.Clock.class));
            long last = jdbc.queryForObject("select coalesce(max(id), 0) from insights_change", Long.class);
            var logged = new SessionLogged(1, 424242, 1, Instant.now(), 60, "ML00001");

            tx.executeWithoutResult(status -> {
                changes.on(new org.springframework.context.PayloadApplicationEvent<>(this, logged));
                changes.on(new org.springframework.context.PayloadApplicationEvent<>(this, logged));
            });
            assertThat(jdbc.queryForObject(
                            "select count(*) from insights_change where pair_id = 424242 and id > ?",
                            Integer.class,
                            last))
                    .as("written with the change, once, on a pool of one connection")
                    .isEqualTo(1);

            tx.executeWithoutResult(status -> {
                changes.on(new org.springframework.context.PayloadApplicationEvent<>(this, logged));
                status.setRollbackOnly();
            });
            assertThat(jdbc.queryForObject(
                            "select count(*) from insights_change where pair_id = 424242 and id > ?",
                            Integer.class,
                            last))
                    .as("a change rolled back leaves no row")
                    .isEqualTo(1);
        } finally {
            jdbc.update("delete from insights_change where pair_id = 424242");
        }
    }

    /**
     * What mentorships does on this node when a member logs a session: the row and {@link SessionLogged}, in one
     * transaction; another node hears nothing of it.
     */
    private void logSessionOnThisNode(long pair, Instant at, String icalUid) {
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes,"
                            + " meeting_format, status, planned_by) values (?, ?, ?, 90, 'REMOTE', 'PLANNED', 'ML00001')",
                    pair,
                    icalUid,
                    Timestamp.from(at));
            long id = jdbc.queryForObject("select id from mentorship_session where ical_uid = ?", Long.class, icalUid);
            events.publishEvent(new SessionLogged(1, pair, id, at, 90, "ML00001"));
        });
    }
}
