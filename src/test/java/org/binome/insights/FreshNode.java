package org.binome.insights;

import java.time.Clock;
import java.time.Duration;
import org.binome.feedback.SurveyResults;
import org.binome.identity.BinomeUser;
import org.binome.mentorships.Mentorships;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A node of its own built from a test context's beans (the same facades and database), with its own kept records and
 * figures: it hears none of the context's events, so it stands for another node, a restart, or a full read from
 * scratch. A plain helper, not a bean: the test contexts stay as they are.
 */
final class FreshNode {

    static final Duration TTL = Duration.ofMinutes(5);

    private final ApplicationContext context;

    FreshNode(ApplicationContext context) {
        this.context = context;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * The records of a node just started: the sessions kept in {@code insights_pair_sessions} where still true (kept
     * there too; the test profile's own beans keep nothing there, {@code binome.insights.store-pairs=false}).
     */
    ImpactRecords records() {
        return records(new StoredPairSessions(
                bean(JdbcClient.class), bean(JdbcTemplate.class), bean(PlatformTransactionManager.class), true));
    }

    /** Empties {@code insights_pair_sessions}: rows kept by earlier tests may predate their changes made by SQL. */
    FreshNode withNothingStored() {
        bean(JdbcClient.class).sql("delete from insights_pair_sessions").update();
        return this;
    }

    /** The records of a node that keeps nothing anywhere: every session read (what a full read computes now). */
    ImpactRecords recordsFromScratch() {
        return records(StoredPairSessions.none(
                bean(JdbcClient.class), bean(JdbcTemplate.class), bean(PlatformTransactionManager.class)));
    }

    private ImpactRecords records(StoredPairSessions stored) {
        return new ImpactRecords(
                bean(Programs.class), bean(Mentorships.class), bean(Directory.class), bean(Clock.class), TTL, stored);
    }

    /** That node's reports, over these records, with its own figures and view of {@code insights_change}. */
    ImpactReports reports(ImpactRecords records) {
        return reports(records, ImpactCache.computedAtTheView(TTL, bean(Clock.class)));
    }

    /** The same with a cache of the test's (production's background computation, its own executor). */
    ImpactReports reports(ImpactRecords records, ImpactCache cache) {
        var clock = bean(Clock.class);
        return new ImpactReports(
                bean(Programs.class),
                bean(Directory.class),
                bean(SurveyResults.class),
                clock,
                cache,
                records,
                new ImpactChanges(bean(JdbcClient.class), clock));
    }

    /** A programme's dashboard as a node reading every record and every session now computes it. */
    Dashboard fromScratch(BinomeUser user, long programme) {
        var fresh = reports(recordsFromScratch());
        return fresh.dashboard(fresh.select(user, programme), Filter.NONE);
    }
}
