package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.binome.mentorships.MentorshipTesting.PROGRAMME;
import static org.binome.mentorships.MentorshipTesting.person;

import java.time.LocalDate;
import java.util.List;
import org.binome.communication.Reminder;
import org.binome.matching.MatchAccepted;
import org.binome.matching.MatchDeclined;
import org.binome.matching.ProposalPublished;
import org.binome.people.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Mentorships opened by matching, nudged when stalled, ended without blame; and the demo pairs. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
@EnableScenarios
class MentorshipLifecycleTests {

    /** The installation's time zone, as the application reads and writes local times. */
    @Autowired
    java.time.ZoneId zone;

    @Autowired
    Mentorships mentorships;

    @Autowired
    HealthCheck healthCheck;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Directory directory;

    @Autowired
    MentorshipRepository repository;

    @Autowired
    JdbcClient jdbc;

    /** Publishes the event in a transaction and waits until the person has a mentorship in that status. */
    private MentorshipSummary publishAndAwait(Scenario scenario, Object event, String person, MentorshipStatus status) {
        var found = new java.util.concurrent.atomic.AtomicReference<MentorshipSummary>();
        scenario.publish(event)
                .andWaitForStateChange(() -> mentorships.mentorshipsOf(person).stream()
                        .filter(m -> m.status() == status)
                        .findFirst())
                .andVerify(summary -> found.set(summary.orElseThrow()));
        return found.get();
    }

    /** Publishes the event and waits until every listener has handled it (the registry marks it completed). */
    private void publishAndAwaitHandled(Scenario scenario, Object event, String mentionedPerson) {
        scenario.publish(event)
                .andWaitForStateChange(
                        () -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                                + " and serialized_event like :person")
                                        .param("person", "%" + mentionedPerson + "%")
                                        .query(Integer.class)
                                        .single()
                                == 0)
                .andVerify(done -> assertThat(done).isTrue());
    }

    @Test
    void aPublishedProposalIsProposedAndOpensOnceEveryoneAccepted(Scenario scenario) {
        var mentor = person();
        var mentee = person();
        publishAndAwait(
                scenario,
                new ProposalPublished(PROGRAMME, 90001, List.of(mentor), List.of(mentee)),
                mentee,
                MentorshipStatus.PROPOSED);
        assertThat(mentorships.participantHome(mentee).nextActions())
                .singleElement()
                .satisfies(action -> assertThat(action.kind()).isEqualTo(NextActionKind.ACCEPT_PROPOSAL))
                // answered where the accept and decline buttons are
                .satisfies(action -> assertThat(action.link()).isEqualTo("/me/proposals"));
        var active = publishAndAwait(
                scenario,
                new MatchAccepted(PROGRAMME, 90001, List.of(mentor), List.of(mentee)),
                mentee,
                MentorshipStatus.ACTIVE);
        assertThat(active.startedOn()).isEqualTo(LocalDate.now(zone));
        assertThat(mentorships.isPaired(PROGRAMME, mentor, mentee)).isTrue();
        // Delivered again (after a restart): still one mentorship.
        publishAndAwaitHandled(scenario, new MatchAccepted(PROGRAMME, 90001, List.of(mentor), List.of(mentee)), mentee);
        assertThat(mentorships.mentorshipsOf(mentee)).hasSize(1);
        assertThat(mentorships.participantHome(mentee).nextActions())
                .extracting(NextAction::kind)
                .contains(NextActionKind.KICK_OFF, NextActionKind.WRITE_OBJECTIVES, NextActionKind.PLAN_SESSION);
    }

    @Test
    void anAcceptedMatchWithoutAPublishedProposalOpensAGroupDirectly(Scenario scenario) {
        var mentors = List.of(person(), person());
        var mentees = List.of(person(), person(), person());
        var group = publishAndAwait(
                scenario,
                new MatchAccepted(PROGRAMME, 90002, mentors, mentees),
                mentees.get(2),
                MentorshipStatus.ACTIVE);
        assertThat(group.group()).isTrue();
        assertThat(group.members()).hasSize(5);
    }

    @Test
    void aDeclinedProposalLeavesNoMentorship(Scenario scenario) {
        var mentor = person();
        var mentee = person();
        publishAndAwait(
                scenario,
                new ProposalPublished(PROGRAMME, 90003, List.of(mentor), List.of(mentee)),
                mentor,
                MentorshipStatus.PROPOSED);
        scenario.publish(new MatchDeclined(PROGRAMME, 90003, mentee))
                .andWaitForStateChange(() -> mentorships.mentorshipsOf(mentor).isEmpty())
                .andVerify(gone -> assertThat(mentorships.mentorshipsOf(mentor)).isEmpty());
    }

    @Test
    void stalledPairsAreNudgedOnceADayAndTheHealthCountsShowThem() {
        var mentor = person();
        var mentee = person();
        var id = mentorships.startOn(
                PROGRAMME, List.of(mentor), List.of(mentee), LocalDate.now().minusDays(90));
        var today = LocalDate.now(zone);
        var nudges = healthCheck.dueReminders(today).stream()
                .filter(r ->
                        r.link().equals("/mentorships/" + id) && r.template().equals("pair.stalled"))
                .toList();
        assertThat(nudges).extracting(Reminder::recipient).containsExactlyInAnyOrder(mentor, mentee);
        assertThat(nudges).extracting(Reminder::template).containsOnly("pair.stalled");
        // One key per pair and day: the reminder job sends each nudge once, however often it runs that day.
        assertThat(nudges).extracting(Reminder::idempotencyKey).containsOnly("pair.stalled:" + id + ":" + today);
        assertThat(healthCheck.dueReminders(today).stream()
                        .filter(r -> r.link().equals("/mentorships/" + id)
                                && r.template().equals("pair.stalled"))
                        .map(Reminder::idempotencyKey))
                .containsOnly("pair.stalled:" + id + ":" + today);
        assertThat(healthCheck.dueReminders(today.plusDays(1)).stream()
                        .filter(r -> r.link().equals("/mentorships/" + id)
                                && r.template().equals("pair.stalled"))
                        .map(Reminder::idempotencyKey))
                .containsOnly("pair.stalled:" + id + ":" + today.plusDays(1));
        var pair = mentorships.pairs(PROGRAMME).stream()
                .filter(p -> p.mentorshipId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(pair.health()).isEqualTo(Health.STALLED);
        assertThat(pair.reasons()).containsExactlyInAnyOrder(StallReason.NO_RECENT_SESSION, StallReason.NO_OBJECTIVES);
        assertThat(mentorships.pairHealth(PROGRAMME).stalled()).isPositive();
    }

    @Test
    void endingEarlyTellsTheOthersWithAReasonAndOffersANewMatch() {
        var mentor = person();
        var mentee = person();
        var id = mentorships.start(PROGRAMME, List.of(mentor), List.of(mentee));
        mentorships.endEarly(id, mentor, false, EndReason.LEAVING, "Merci pour tout", true);
        var ended = events.stream(MentorshipEnded.class)
                .filter(e -> e.mentorshipId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(ended.outcome()).isEqualTo(MentorshipStatus.ENDED_EARLY);
        assertThat(ended.informed()).containsExactly(mentee);
        assertThat(ended.reason()).isEqualTo(EndReason.LEAVING);
        assertThat(ended.rematchOffered()).isTrue();
        assertThat(mentorships.activeMentorshipsOf(mentor)).isEmpty();
    }

    @Test
    void theDemoHasPairsAtEveryStageAndNoneInsideOneReportingLine() {
        var pairs = mentorships.pairs(PROGRAMME).stream()
                .filter(p ->
                        p.members().stream().noneMatch(m -> m.employeeNumber().startsWith("TST")))
                .toList();
        assertThat(pairs.size()).isGreaterThanOrEqualTo(13);
        assertThat(pairs)
                .extracting(PairStatus::status)
                .contains(MentorshipStatus.ACTIVE, MentorshipStatus.COMPLETED, MentorshipStatus.ENDED_EARLY);
        assertThat(pairs).anyMatch(p -> p.health() == Health.STALLED);
        assertThat(pairs).anyMatch(p -> p.status() == MentorshipStatus.ACTIVE && p.objectivesTotal() == 0);
        assertThat(pairs).anyMatch(PairStatus::group);
        for (var pair : pairs) {
            for (var a : pair.members()) {
                for (var b : pair.members()) {
                    assertThat(chain(a.employeeNumber()))
                            .as("%s above %s", b, a)
                            .doesNotContain(b.employeeNumber());
                }
            }
        }
        var demo = mentorships.participantHome("ML00022");
        var pair = demo.mentorships().stream()
                .filter(m ->
                        m.members().stream().anyMatch(p -> p.employeeNumber().equals("ML00008")))
                .findFirst()
                .orElseThrow();
        assertThat(pair.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(pair.objectivesTotal()).isPositive();
        assertThat(pair.lastSessionAt()).isNotNull();
        assertThat(demo.nextSession()).isNotNull();
        assertThat(demo.nextSession().mentorshipId()).isEqualTo(pair.id());
    }

    private java.util.Set<String> chain(String person) {
        var chain = new java.util.HashSet<String>();
        var current = directory.find(person).map(p -> p.managerNumber()).orElse(null);
        while (current != null && chain.add(current)) {
            current = directory.find(current).map(p -> p.managerNumber()).orElse(null);
        }
        return chain;
    }
}
