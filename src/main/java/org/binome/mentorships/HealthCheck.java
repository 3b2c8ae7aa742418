package org.binome.mentorships;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.binome.programs.ProgramView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: nudges stalled pairs ({@link MentorshipStalled}) and opens due reviews ({@link ReviewDue}). A
 * reminder row per pair, kind and day makes each one happen once, however many nodes or runs.
 */
@Component
class HealthCheck {

    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);

    private final MentorshipRepository mentorships;
    private final MentorshipReading reading;
    private final ReviewRepository reviews;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    HealthCheck(
            MentorshipRepository mentorships,
            MentorshipReading reading,
            ReviewRepository reviews,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        this.mentorships = mentorships;
        this.reading = reading;
        this.reviews = reviews;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${binome.mentorships.health-check-cron:0 30 6 * * *}", zone = "Europe/Paris")
    void daily() {
        var result = run();
        log.info("Pair health check: {} stalled pair(s) nudged, {} review reminder(s)", result[0], result[1]);
    }

    /**
     * Returns {nudges, review reminders} published by this run. Each reminder commits on its own, so a reminder that
     * another node sent at the same moment (duplicate key) costs only itself.
     */
    int[] run() {
        int nudged = 0;
        int reminded = 0;
        var cache = new HashMap<Long, ProgramView>();
        var candidates = new ArrayList<Mentorship>(mentorships.findByStatus(MentorshipStatus.ACTIVE));
        candidates.addAll(mentorships.findByStatus(MentorshipStatus.COMPLETED));
        for (var m : candidates) {
            var facts = reading.facts(m, cache);
            if (facts.health().health() == Health.STALLED
                    && once(
                            m.id,
                            "STALLED",
                            facts.today(),
                            () -> events.publishEvent(new MentorshipStalled(
                                    m.programId,
                                    m.id,
                                    m.people(MemberRole.MENTOR),
                                    m.people(MemberRole.MENTEE),
                                    facts.health().reasons(),
                                    facts.lastSessionAt(),
                                    facts.nextSessionAt(),
                                    facts.today())))) {
                nudged++;
            }
            for (var kind : ReviewKind.values()) {
                if (!reading.reviewOpen(facts, kind)) {
                    continue;
                }
                var answered = reviews.findByMentorshipId(m.id).stream()
                        .filter(r -> r.kind == kind)
                        .map(r -> r.author)
                        .toList();
                List<String> recipients =
                        m.everyone().stream().filter(n -> !answered.contains(n)).toList();
                var opens = kind == ReviewKind.CLOSING && m.status == MentorshipStatus.COMPLETED
                        ? m.endedOn
                        : reading.reviewOpensOn(facts, kind);
                if (!recipients.isEmpty()
                        && once(
                                m.id,
                                "REVIEW_" + kind.name(),
                                opens,
                                () -> events.publishEvent(new ReviewDue(m.programId, m.id, kind, recipients, opens)))) {
                    reminded++;
                }
            }
        }
        return new int[] {nudged, reminded};
    }

    private boolean once(long mentorshipId, String kind, java.time.LocalDate day, Runnable publish) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!remember(mentorshipId, kind, day)) {
                    return false;
                }
                publish.run();
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private boolean remember(long mentorshipId, String kind, java.time.LocalDate day) {
        var exists = jdbc.sql(
                        "select count(*) from mentorship_reminder where mentorship_id = :m and kind = :k and due_on = :d")
                .param("m", mentorshipId)
                .param("k", kind)
                .param("d", day)
                .query(Integer.class)
                .single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("insert into mentorship_reminder (mentorship_id, kind, due_on, sent_at) values (:m, :k, :d, :t)")
                .param("m", mentorshipId)
                .param("k", kind)
                .param("d", day)
                .param("t", java.sql.Timestamp.from(reading.now()))
                .update();
        return true;
    }
}
