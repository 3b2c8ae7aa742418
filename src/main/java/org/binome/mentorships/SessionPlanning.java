package org.binome.mentorships;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.binome.people.PersonView;
import org.binome.programs.Programs;
import org.binome.shared.CalendarEvent;
import org.binome.shared.CalendarInvitation;
import org.binome.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Plans, moves, cancels and logs sessions. A pair's sessions never overlap: planning locks the pair's row, so two
 * members planning at the same moment are checked one after the other.
 */
@Component
class SessionPlanning {

    /** The session changed since the writer read it. */
    static class Conflict extends RuntimeException {
        Conflict() {
            super("session changed meanwhile");
        }
    }

    private final MentorshipSessionRepository sessions;
    private final MemberNames reading;
    private final Invitations invitations;
    private final Programs programs;
    private final MessageSource messages;
    private final MentorshipSettings settings;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PairLoading loading;

    SessionPlanning(
            MentorshipSessionRepository sessions,
            MemberNames reading,
            Invitations invitations,
            Programs programs,
            MessageSource messages,
            MentorshipSettings settings,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            PairLoading loading) {
        this.loading = loading;
        this.sessions = sessions;
        this.reading = reading;
        this.invitations = invitations;
        this.programs = programs;
        this.messages = messages;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Plans a session from the form; null with the reasons next to the fields when it cannot be planned. */
    @Transactional
    MentorshipSession plan(Mentorship mentorship, SessionForm form, Errors errors, String plannedBy) {
        mentorship.requireActive();
        var slot = form.toSlot(errors, clock.instant(), clock.getZone()).orElse(null);
        if (slot == null || !free(mentorship, slot, null, errors)) {
            return null;
        }
        var saved = sessions.save(MentorshipSession.plan(mentorship, slot, plannedBy, settings.calendarDomain()));
        var invitation = invitation(mentorship, saved);
        events.publishEvent(new SessionPlanned(
                mentorship.programId,
                mentorship.id,
                saved.id,
                plannedBy,
                mentorship.everyoneBut(plannedBy),
                saved.startsAt,
                saved.endsAt(),
                saved.meetingFormat,
                saved.place,
                saved.link,
                invitation));
        return saved;
    }

    /**
     * Records a session that already took place (imports, demo data): the duration and overlap rules apply, the
     * "not in the past" rule does not.
     */
    @Transactional
    MentorshipSession recordHeld(Mentorship mentorship, SessionSlot slot, String plannedBy) {
        if (slot.durationMinutes() < SessionForm.MIN_MINUTES || slot.durationMinutes() > SessionForm.MAX_MINUTES) {
            throw new IllegalArgumentException("Duration out of range: " + slot.durationMinutes());
        }
        lock(mentorship);
        if (clashes(mentorship, slot, null)) {
            throw new IllegalArgumentException("Overlapping session");
        }
        return sessions.save(MentorshipSession.plan(mentorship, slot, plannedBy, settings.calendarDomain()));
    }

    @Transactional
    MentorshipSession reschedule(
            Mentorship mentorship, MentorshipSession session, SessionForm form, Errors errors, String by) {
        mentorship.requireActive();
        session.requirePlanned();
        if (session.isLogged()) {
            throw RuleViolation.conflict("mentorships.session.error.logged");
        }
        if (!Objects.equals(form.version(), session.version)) {
            throw new Conflict();
        }
        var slot = form.toSlot(errors, clock.instant(), clock.getZone()).orElse(null);
        if (slot == null || !free(mentorship, slot, session.id, errors)) {
            return null;
        }
        var previous = session.startsAt;
        session.reschedule(slot);
        var saved = save(session);
        events.publishEvent(new SessionRescheduled(
                mentorship.programId,
                mentorship.id,
                saved.id,
                by,
                mentorship.everyoneBut(by),
                previous,
                saved.startsAt,
                saved.endsAt(),
                saved.meetingFormat,
                saved.place,
                saved.link,
                invitation(mentorship, saved)));
        return saved;
    }

    @Transactional
    MentorshipSession cancel(Mentorship mentorship, MentorshipSession session, String by) {
        mentorship.requireActive();
        if (session.hasStarted(clock.instant())) {
            throw RuleViolation.conflict("mentorships.session.error.started");
        }
        session.cancel();
        var saved = save(session);
        events.publishEvent(new SessionCancelled(
                mentorship.programId,
                mentorship.id,
                saved.id,
                by,
                mentorship.everyoneBut(by),
                saved.startsAt,
                invitation(mentorship, saved)));
        return saved;
    }

    /** The shared log of a held session, with the writer's own rating and, for groups, who attended. */
    @Transactional
    MentorshipSession log(Mentorship mentorship, MentorshipSession session, LogForm form, String by) {
        if (mentorship.status == MentorshipStatus.PROPOSED) {
            throw RuleViolation.conflict("mentorships.error.notActive");
        }
        session.requirePlanned();
        if (!session.hasStarted(clock.instant())) {
            throw RuleViolation.conflict("mentorships.session.error.notYet");
        }
        if (!Objects.equals(form.version(), session.version)) {
            throw new Conflict();
        }
        boolean first = !session.isLogged();
        session.covered = form.covered().strip();
        session.menteeLearned = Objective.blankToNull(form.menteeLearned());
        session.mentorLearned = Objective.blankToNull(form.mentorLearned());
        session.nextSteps = Objective.blankToNull(form.nextSteps());
        session.loggedBy = by;
        session.loggedAt = clock.instant();
        if (form.rating() != null) {
            session.memberOrNew(by).rating = form.rating();
        }
        if (form.attended() != null) {
            var present = Set.copyOf(form.attended());
            mentorship.everyone().forEach(n -> session.memberOrNew(n).attended = present.contains(n));
        }
        var saved = save(session);
        if (first) {
            events.publishEvent(new SessionLogged(
                    mentorship.programId, mentorship.id, saved.id, saved.startsAt, saved.durationMinutes, by));
        }
        return saved;
    }

    /** A member's own 1–5 rating of a held session; another member rating at the same moment is no conflict. */
    @Transactional
    void rate(Mentorship mentorship, long sessionId, String by, int rating) {
        if (rating < 1 || rating > 5) {
            throw RuleViolation.invalid("mentorships.error.rating");
        }
        for (int attempt = 0; ; attempt++) {
            var session = session(mentorship, sessionId);
            if (!session.hasStarted(clock.instant()) || session.status != MentorshipSession.Status.PLANNED) {
                throw RuleViolation.conflict("mentorships.session.error.notYet");
            }
            session.memberOrNew(by).rating = rating;
            try {
                sessions.save(session);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    MentorshipSession session(Mentorship mentorship, long sessionId) {
        return MentorshipAccess.belonging(find(sessionId), s -> s.mentorshipId, mentorship, "session", sessionId);
    }

    /** The session's current invitation: REQUEST while planned, CANCEL once cancelled. */
    CalendarInvitation invitation(Mentorship mentorship, MentorshipSession session) {
        var program = programs.find(mentorship.programId).orElse(null);
        var organizer = person(session.plannedBy);
        var attendees = mentorship.everyoneBut(session.plannedBy).stream()
                .map(this::person)
                .toList();
        var names = String.join(
                ", ", mentorship.everyone().stream().map(reading::name).toList());
        var summary = messages.getMessage(
                "mentorships.ics.summary", new Object[] {names}, "Binôme – " + names, Locale.FRENCH);
        var description = new StringBuilder();
        if (program != null) {
            description.append(program.name()).append("\n");
        }
        if (session.agenda != null) {
            description
                    .append(messages.getMessage("mentorships.session.agenda", null, "Ordre du jour", Locale.FRENCH))
                    .append(" :\n")
                    .append(session.agenda);
        }
        return invitations.write(new Invitations.Content(
                session.icalUid,
                session.icalSequence,
                session.status == MentorshipSession.Status.CANCELLED,
                session.startsAt,
                session.endsAt(),
                summary,
                description.toString().strip(),
                session.meetingFormat,
                session.place,
                session.link,
                organizer,
                attendees));
    }

    private CalendarEvent.Person person(String employeeNumber) {
        var person = reading.person(employeeNumber);
        return person == null
                ? new CalendarEvent.Person(employeeNumber, employeeNumber.toLowerCase(Locale.ROOT) + "@invalid")
                : new CalendarEvent.Person(person.fullName(), email(person));
    }

    private static String email(PersonView person) {
        return person.email() == null || person.email().isBlank()
                ? person.employeeNumber().toLowerCase(Locale.ROOT) + "@invalid"
                : person.email();
    }

    private boolean free(Mentorship mentorship, SessionSlot slot, Long except, Errors errors) {
        lock(mentorship);
        if (clashes(mentorship, slot, except)) {
            errors.rejectValue("startTime", "mentorships.session.error.overlap");
            return false;
        }
        return true;
    }

    /**
     * Whether a planned session of the pair other than {@code except} overlaps the slot. Reads only the start and
     * length of the pair's planned sessions that start before the slot ends (an index-only range of the figures
     * index), not the sessions with their members.
     */
    private boolean clashes(Mentorship mentorship, SessionSlot slot, Long except) {
        var start = slot.startsAt();
        return jdbc.sql("select id, starts_at, duration_minutes from mentorship_session"
                        + " where mentorship_id = :id and status = 'PLANNED' and starts_at < :end")
                .param("id", mentorship.id)
                .param("end", Timestamp.from(slot.endsAt()))
                .query((rs, n) -> !Objects.equals(rs.getLong(1), except)
                        && start.isBefore(rs.getTimestamp(2).toInstant().plusSeconds(60L * rs.getInt(3))))
                .list()
                .contains(true);
    }

    private void lock(Mentorship mentorship) {
        jdbc.sql("select id from mentorship where id = :id for update")
                .param("id", mentorship.id)
                .query(Long.class)
                .single();
    }

    private MentorshipSession save(MentorshipSession session) {
        try {
            return sessions.save(session);
        } catch (OptimisticLockingFailureException e) {
            throw new Conflict();
        }
    }

    MentorshipSession saveDirectly(MentorshipSession session) {
        return sessions.save(session);
    }

    /** A session with its members ({@link PairLoading#session(long)}: the aggregate, read without its metadata). */
    java.util.Optional<MentorshipSession> find(long sessionId) {
        return loading.session(sessionId);
    }

    Instant now() {
        return clock.instant();
    }

    /** The zone in which members read and type session times. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }
}
