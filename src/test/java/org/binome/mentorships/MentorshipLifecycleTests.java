package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.binome.mentorships.MentorshipTesting.person;

import java.time.LocalDate;
import java.util.List;
import org.binome.communication.Reminder;
import org.binome.matching.MatchAccepted;
import org.binome.matching.MatchDeclined;
import org.binome.matching.ProposalPublished;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Mentorships opened by matching, nudged when stalled, ended without blame. A module test without demo data: each test
 * opens its own programme (the demo's pairs are {@link DemoMentorshipsTests}).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "communication")
@ActiveProfiles("test")
@RecordApplicationEvents
class MentorshipLifecycleTests {

    @Autowired
    Mentorships mentorships;

    @Autowired
    HealthCheck healthCheck;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Programs programs;

    /** The one clock, whose zone is the installation's: today as the application counts it. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MentorshipRepository repository;

    @Autowired
    JdbcClient jdbc;

    /** The programme of this test, opened with plain defaults (sessions every 30 days). */
    long programme;

    @BeforeEach
    void openProgramme() {
        programme = TestProgrammes.programme().openIn(programs);
    }

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
                new ProposalPublished(programme, 90001, List.of(mentor), List.of(mentee)),
                mentee,
                MentorshipStatus.PROPOSED);
        assertThat(mentorships.participantHome(mentee).nextActions())
                .singleElement()
                .satisfies(action -> assertThat(action.kind()).isEqualTo(NextActionKind.ACCEPT_PROPOSAL))
                // answered where the accept and decline buttons are
                .satisfies(action -> assertThat(action.link()).isEqualTo("/me/proposals"));
        var active = publishAndAwait(
                scenario,
                new MatchAccepted(programme, 90001, List.of(mentor), List.of(mentee)),
                mentee,
                MentorshipStatus.ACTIVE);
        assertThat(active.startedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(mentorships.isPaired(programme, mentor, mentee)).isTrue();
        // Delivered again (after a restart): still one mentorship.
        publishAndAwaitHandled(scenario, new MatchAccepted(programme, 90001, List.of(mentor), List.of(mentee)), mentee);
        assertThat(mentorships.mentorshipsOf(mentee)).hasSize(1);
        assertThat(mentorships.participantHome(mentee).nextActions())
                .extracting(NextAction::kind)
                .contains(NextActionKind.KICK_OFF, NextActionKind.WRITE_OBJECTIVES, NextActionKind.PLAN_SESSION);
    }

    @Autowired
    MentorshipLifecycle lifecycle;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    /**
     * Matching's events are handled in parallel: everyone may accept while the published proposal's pair is still
     * being written. The acceptance that loses the race to write the pair's row runs again on the row the other wrote,
     * so the pair opens instead of staying proposed until the next restart.
     */
    @Test
    void anAcceptanceHandledWhileItsProposalIsStillBeingWrittenStillOpensThePair() throws Exception {
        var mentor = person();
        var mentee = person();
        long proposal = 90077;
        var release = new java.util.concurrent.CountDownLatch(1);
        var proposing = proposingUntil(release, proposal, mentor, mentee);
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> publisher.publishEvent(
                        new MatchAccepted(programme, proposal, List.of(mentor), List.of(mentee))));
        // The acceptance reads no pair yet and writes its own row, which waits on the proposal's uncommitted one.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> jdbc.sql("select count(*) from information_schema.sessions"
                                        + " where lower(executing_statement) like 'insert into mentorship %'")
                                .query(Integer.class)
                                .single()
                        > 0);
        release.countDown();
        proposing.get(20, java.util.concurrent.TimeUnit.SECONDS);

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> mentorships.mentorshipsOf(mentee).stream()
                        .anyMatch(m -> m.status() == MentorshipStatus.ACTIVE));
        assertThat(mentorships.mentorshipsOf(mentee))
                .singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MentorshipStatus.ACTIVE));
    }

    /**
     * A proposal declined while its proposed pair is still being written: the decline waits for the pair, and its
     * event removes it, instead of leaving a pair proposed that nobody can answer any more.
     */
    @Test
    void aDeclineWhileTheProposedPairIsStillBeingWrittenLeavesNoPair() throws Exception {
        var mentor = person();
        var mentee = person();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into matching_proposal (program_id, score, components, status, created_at)"
                        + " values (?, 0.5, '0.5', 'PUBLISHED', current_timestamp)")
                .params(programme)
                .update(key, "id");
        long proposal = key.getKeyAs(Long.class);
        var release = new java.util.concurrent.CountDownLatch(1);
        var proposing = proposingUntil(release, proposal, mentor, mentee);
        // The decline, as matching records it: the proposal's status and its event, in one transaction.
        var declining = java.util.concurrent.CompletableFuture.runAsync(
                () -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                        .executeWithoutResult(status -> {
                            jdbc.sql("update matching_proposal set status = 'DECLINED' where id = ?")
                                    .params(proposal)
                                    .update();
                            publisher.publishEvent(
                                    new MatchDeclined(programme, proposal, mentee, List.of(mentor), List.of(mentee)));
                        }),
                OWN_THREAD);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> (declining.isDone() && followed(mentee))
                        || jdbc.sql("select count(*) from information_schema.sessions"
                                                + " where blocker_id is not null"
                                                + " and lower(executing_statement) like 'update matching_proposal %'")
                                        .query(Integer.class)
                                        .single()
                                > 0);
        release.countDown();
        proposing.get(20, java.util.concurrent.TimeUnit.SECONDS);
        declining.get(20, java.util.concurrent.TimeUnit.SECONDS);

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> followed(mentee));
        assertThat(mentorships.mentorshipsOf(mentee))
                .as("no pair left proposed")
                .isEmpty();
    }

    /**
     * A thread of its own for each task of these tests, which must run at the same time: CompletableFuture's default
     * executor is the common pool, which has one worker on a 2-core machine from Java 25 on (Java 17 gave each task a
     * thread of its own there), so the decline waited for the proposal it was meant to meet.
     */
    private static final java.util.concurrent.Executor OWN_THREAD = task -> new Thread(task).start();

    /**
     * Writes the proposed pair as a slow handler of the published proposal would: in a transaction that stays open
     * until released. Returns once the pair is written, not committed.
     */
    private java.util.concurrent.CompletableFuture<Void> proposingUntil(
            java.util.concurrent.CountDownLatch release, long proposal, String mentor, String mentee)
            throws InterruptedException {
        var written = new java.util.concurrent.CountDownLatch(1);
        var proposing = java.util.concurrent.CompletableFuture.runAsync(
                () -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                        .executeWithoutResult(status -> {
                            lifecycle.propose(programme, proposal, List.of(mentor), List.of(mentee));
                            written.countDown();
                            try {
                                release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }),
                OWN_THREAD);
        assertThat(written.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return proposing;
    }

    /** Whether every event mentioning the person has been followed (the registry deletes completed publications). */
    private boolean followed(String person) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                                + " and serialized_event like :person")
                        .param("person", "%" + person + "%")
                        .query(Integer.class)
                        .single()
                == 0;
    }

    @Test
    void anAcceptedMatchWithoutAPublishedProposalOpensAGroupDirectly(Scenario scenario) {
        var mentors = List.of(person(), person());
        var mentees = List.of(person(), person(), person());
        var group = publishAndAwait(
                scenario,
                new MatchAccepted(programme, 90002, mentors, mentees),
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
                new ProposalPublished(programme, 90003, List.of(mentor), List.of(mentee)),
                mentor,
                MentorshipStatus.PROPOSED);
        scenario.publish(new MatchDeclined(programme, 90003, mentee))
                .andWaitForStateChange(() -> mentorships.mentorshipsOf(mentor).isEmpty())
                .andVerify(gone -> assertThat(mentorships.mentorshipsOf(mentor)).isEmpty());
    }

    @Test
    void stalledPairsAreNudgedOnceADayAndTheHealthCountsShowThem() {
        var mentor = person();
        var mentee = person();
        // the mentor in the directory, the mentee not (yet)
        jdbc.sql("insert into person (employee_number, first_name, last_name, email, email_key, department, site,"
                        + " last_name_key, first_name_key, status) values (?, 'Inès', 'Moreau', ?, ?, 'RH', 'Lyon',"
                        + " 'moreau', 'ines', 'ACTIVE')")
                .params(mentor, mentor + "@example.org", mentor + "@example.org")
                .update();
        var id = mentorships.startOn(
                programme,
                List.of(mentor),
                List.of(mentee),
                LocalDate.now(clock).minusDays(90));
        var today = LocalDate.now(clock);
        var nudges = healthCheck.dueReminders(today).stream()
                .filter(r ->
                        r.link().equals("/mentorships/" + id) && r.template().equals("pair.stalled"))
                .toList();
        assertThat(nudges).extracting(Reminder::recipient).containsExactlyInAnyOrder(mentor, mentee);
        assertThat(nudges).extracting(Reminder::template).containsOnly("pair.stalled");
        // no session yet: none for 0 days; the members named as the directory names them, by number when not in it
        assertThat(nudges).extracting(r -> r.params().get("days")).containsOnly(0L);
        assertThat(nudges).extracting(r -> r.params().get("mentor")).containsOnly("Inès Moreau");
        assertThat(nudges).extracting(r -> r.params().get("mentee")).containsOnly(mentee);
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
        var pair = mentorships.pairs(programme).stream()
                .filter(p -> p.mentorshipId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(pair.health()).isEqualTo(Health.STALLED);
        assertThat(pair.reasons()).containsExactlyInAnyOrder(StallReason.NO_RECENT_SESSION, StallReason.NO_OBJECTIVES);
        assertThat(mentorships.pairHealth(programme).stalled()).isPositive();
    }

    @Test
    void anOpenReviewIsRemindedToTheMembersWhoHaveNotAnsweredIt() {
        var mentor = person();
        var mentee = person();
        var startedOn = LocalDate.now(clock).minusDays(90);
        var id = mentorships.startOn(programme, List.of(mentor), List.of(mentee), startedOn);
        var today = LocalDate.now(clock);
        // no mid-point date on the programme: the review opens three weeks before the 90th day
        var due = reviewReminders(id, today);
        assertThat(due).extracting(Reminder::recipient).containsExactlyInAnyOrder(mentor, mentee);
        assertThat(due).extracting(Reminder::idempotencyKey).containsOnly("review.due:" + id + ":MID_POINT");
        assertThat(due).extracting(r -> r.params().get("due")).containsOnly(startedOn.plusDays(69));

        jdbc.sql("insert into mentorship_review (mentorship_id, kind, author, satisfaction, submitted_at, version)"
                        + " values (:pair, 'MID_POINT', :author, 4, :now, 0)")
                .param("pair", id)
                .param("author", mentor)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        assertThat(reviewReminders(id, today)).extracting(Reminder::recipient).containsExactly(mentee);
    }

    private List<Reminder> reviewReminders(long pair, LocalDate today) {
        return healthCheck.dueReminders(today).stream()
                .filter(r ->
                        r.link().equals("/mentorships/" + pair) && r.template().equals("review.due"))
                .toList();
    }

    @Test
    void endingEarlyTellsTheOthersWithAReasonAndOffersANewMatch() {
        var mentor = person();
        var mentee = person();
        var id = mentorships.start(programme, List.of(mentor), List.of(mentee));
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
}
