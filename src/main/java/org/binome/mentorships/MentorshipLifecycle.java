package org.binome.mentorships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens, kicks off and ends mentorships. Nobody is blamed for an ending: a reason category, the others informed. */
@Component
class MentorshipLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MentorshipLifecycle.class);

    private final MentorshipRepository mentorships;
    private final Programs programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.binome.privacy.ConsentLedger consents;
    private final MentorshipSessionRepository sessions;
    private final SessionPlanning planning;
    private final org.binome.matching.Matching matching;

    MentorshipLifecycle(
            MentorshipRepository mentorships,
            Programs programs,
            ApplicationEventPublisher events,
            Clock clock,
            org.binome.privacy.ConsentLedger consents,
            MentorshipSessionRepository sessions,
            SessionPlanning planning,
            org.binome.matching.Matching matching) {
        this.matching = matching;
        this.consents = consents;
        this.sessions = sessions;
        this.planning = planning;
        this.mentorships = mentorships;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A published proposal: the mentorship exists as PROPOSED until everyone accepts. Idempotent per proposal; nothing
     * for a proposal declined before its event was followed.
     */
    @Transactional
    void propose(long programId, long proposalId, List<String> mentors, List<String> mentees) {
        if (!matching.hold(proposalId)
                || mentorships.findByProposalId(proposalId).isPresent()) {
            return;
        }
        mentorships.save(Mentorship.of(programId, proposalId, mentors, mentees, clock.instant()));
    }

    /**
     * Everyone accepted: the mentorship becomes ACTIVE, kick-off pending. Idempotent per proposal, so an event
     * delivered twice opens one mentorship.
     */
    @Transactional
    Mentorship start(long programId, Long proposalId, List<String> mentors, List<String> mentees, LocalDate on) {
        if (proposalId != null) {
            matching.hold(proposalId); // after the proposal's other events, never beside them
        }
        var existing = proposalId == null
                ? null
                : mentorships.findByProposalId(proposalId).orElse(null);
        if (existing != null && existing.status != MentorshipStatus.PROPOSED) {
            return existing;
        }
        var mentorship =
                existing != null ? existing : Mentorship.of(programId, proposalId, mentors, mentees, clock.instant());
        mentorship.activate(on == null ? today() : on);
        var saved = mentorships.save(mentorship);
        events.publishEvent(new MentorshipStarted(
                programId,
                saved.id,
                proposalId,
                saved.people(MemberRole.MENTOR),
                saved.people(MemberRole.MENTEE),
                saved.startedOn));
        return saved;
    }

    /** Someone declined the proposal: it never started, so it leaves no trace here. */
    @Transactional
    void declined(long proposalId) {
        matching.hold(proposalId); // after the proposed pair being written, if it is
        mentorships
                .findByProposalId(proposalId)
                .filter(m -> m.status == MentorshipStatus.PROPOSED)
                .ifPresent(mentorships::delete);
    }

    /** A member re-accepts the current charter and states expectations. */
    @Transactional
    void kickOff(long mentorshipId, String employeeNumber, int charterVersionRead, String expectations) {
        var current = programs.charter(load(mentorshipId).programId).number();
        if (current != charterVersionRead) {
            throw RuleViolation.conflict("mentorships.kickoff.error.charterChanged", current);
        }
        // Two members kicking off at once touch different members: reapplying one's own answers is safe.
        change(mentorshipId, m -> m.acceptCharter(employeeNumber, current, expectations, clock.instant()));
        consents.given(
                employeeNumber,
                org.binome.privacy.ConsentLedger.Purpose.CHARTER,
                "mentorship:" + mentorshipId,
                String.valueOf(current),
                "kick-off",
                false);
    }

    @Transactional
    Mentorship end(
            long mentorshipId, String by, boolean administrator, EndReason reason, String message, boolean rematch) {
        return end(mentorshipId, by, administrator, reason, message, rematch, today());
    }

    /** Ends early on a given day (today from the screens; an earlier day for demo data and imports). */
    @Transactional
    Mentorship end(
            long mentorshipId,
            String by,
            boolean administrator,
            EndReason reason,
            String message,
            boolean rematch,
            LocalDate on) {
        var m = load(mentorshipId);
        cancelComingSessions(m, by);
        m.end(by, administrator, reason, message, rematch, on);
        var saved = mentorships.save(m);
        if (rematch && saved.proposalId != null) {
            // "A new pair can be proposed": the members are free for matching again, in the same transaction.
            matching.releaseForRematch(saved.proposalId);
        }
        events.publishEvent(ended(saved, message));
        log.info(
                "Mentorship {} ended early ({}) by {}",
                saved.id,
                saved.endReason,
                administrator ? "an administrator" : "a member");
        return saved;
    }

    @Transactional
    Mentorship complete(long mentorshipId, String by, boolean administrator) {
        return complete(mentorshipId, by, administrator, today());
    }

    /** Completes on a given day (today from the screens; an earlier day for demo data and imports). */
    @Transactional
    Mentorship complete(long mentorshipId, String by, boolean administrator, LocalDate on) {
        var m = load(mentorshipId);
        cancelComingSessions(m, by);
        m.complete(by, administrator, on);
        var saved = mentorships.save(m);
        events.publishEvent(ended(saved, null));
        return saved;
    }

    /**
     * A pair that ends keeps no session to come: each planned one is cancelled as a member would cancel it, so the
     * others get the calendar's cancellation and nobody's home page announces a meeting of a pair that is over.
     */
    private void cancelComingSessions(Mentorship m, String by) {
        if (m.status != MentorshipStatus.ACTIVE) {
            return; // the transition itself refuses, with its own message
        }
        var now = clock.instant();
        for (var session : sessions.findByMentorshipIdOrderByStartsAtAsc(m.id)) {
            if (session.status == MentorshipSession.Status.PLANNED && !session.hasStarted(now)) {
                planning.cancel(m, session, by);
            }
        }
    }

    private MentorshipEnded ended(Mentorship m, String message) {
        return new MentorshipEnded(
                m.programId,
                m.id,
                m.status,
                m.people(MemberRole.MENTOR),
                m.people(MemberRole.MENTEE),
                m.endedBy,
                m.endedByAdministrator,
                m.endReason,
                message == null || message.isBlank() ? null : message.strip(),
                m.endedByAdministrator ? m.everyone() : m.everyoneBut(m.endedBy),
                m.rematchOffered,
                m.endedOn);
    }

    Mentorship load(long id) {
        return mentorships.findById(id).orElseThrow(() -> RuleViolation.notFound("mentorships.error.notFound"));
    }

    private void change(long id, Consumer<Mentorship> change) {
        for (int attempt = 0; ; attempt++) {
            var m = load(id);
            change.accept(m);
            try {
                mentorships.save(m);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }
}
