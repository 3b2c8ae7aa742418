package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.binome.shared.CalendarInvitation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentorships module's facade. Matching's events open mentorships through it; the home page, dashboards and the
 * demo read and write through it. Nothing here returns what a pair wrote (objectives, logs, notes, reviews): only
 * statuses, dates, counts and progress.
 */
@Service
public class Mentorships {

    private final MentorshipRepository mentorships;
    private final MentorshipLifecycle lifecycle;
    private final MemberPages reading;
    private final PairStatistics statistics;
    private final ObjectiveEditing objectives;
    private final SessionPlanning sessions;
    private final Notebook notebook;
    private final PairRecords records;

    Mentorships(
            MentorshipRepository mentorships,
            MentorshipLifecycle lifecycle,
            MemberPages reading,
            PairStatistics statistics,
            ObjectiveEditing objectives,
            SessionPlanning sessions,
            Notebook notebook,
            PairRecords records) {
        this.records = records;
        this.mentorships = mentorships;
        this.lifecycle = lifecycle;
        this.reading = reading;
        this.statistics = statistics;
        this.objectives = objectives;
        this.sessions = sessions;
        this.notebook = notebook;
    }

    /** Opens an ACTIVE mentorship (kick-off pending) today: one or two mentors, one or more mentees. */
    @Transactional
    long start(long programId, List<String> mentors, List<String> mentees) {
        return lifecycle.start(programId, null, mentors, mentees, null).id;
    }

    /** Opens an ACTIVE mentorship that started on an earlier day (imports, demo data). */
    @Transactional
    long startOn(long programId, List<String> mentors, List<String> mentees, LocalDate startedOn) {
        return lifecycle.start(programId, null, mentors, mentees, startedOn).id;
    }

    /** The person's PROPOSED and ACTIVE mentorships, newest first. */
    @Transactional(readOnly = true)
    List<MentorshipSummary> activeMentorshipsOf(String employeeNumber) {
        return reading.home(employeeNumber).mentorships().stream()
                .filter(m -> !m.status().isOver())
                .toList();
    }

    /** Every mentorship of the person, in any status, newest first. */
    @Transactional(readOnly = true)
    List<MentorshipSummary> mentorshipsOf(String employeeNumber) {
        return reading.home(employeeNumber).mentorships();
    }

    /** True when both people are in one proposed or active mentorship of the programme. */
    @Transactional(readOnly = true)
    boolean isPaired(long programId, String a, String b) {
        return mentorships.findByMember(a).stream()
                .filter(m -> m.programId == programId && !m.status.isOver())
                .anyMatch(m -> m.isMember(b));
    }

    /** A programme's pairs in numbers (statuses, health, sessions, hours, objectives) for dashboards. */
    @Transactional(readOnly = true)
    PairHealthCounts pairHealth(long programId) {
        return statistics.counts(programId);
    }

    /** A programme's pairs one by one, as administrators follow them (no content). */
    @Transactional(readOnly = true)
    List<PairStatus> pairs(long programId) {
        return statistics.pairs(programId);
    }

    /** The pairs of these programmes in numbers (dates, members, session counts, health), set-based, no content. */
    @Transactional(readOnly = true)
    public List<PairRecord> pairRecords(java.util.Collection<Long> programIds) {
        return records.of(programIds);
    }

    /**
     * The same, with the sessions of the pairs in {@code known} as a caller kept them ({@link PairRecord#sessions()},
     * still true: no event about the pair since, {@link PairRecord.Sessions#changesAt()} not reached): their sessions
     * are not read, the rest of them is (status, dates, members, objectives, health today under the programme's
     * cadence now).
     */
    @Transactional(readOnly = true)
    public List<PairRecord> pairRecords(
            java.util.Collection<Long> programIds, java.util.Map<Long, PairRecord.Sessions> known) {
        return records.of(programIds, known);
    }

    /** These pairs only, as {@link #pairRecords}: to bring kept records up to date after events about them. */
    @Transactional(readOnly = true)
    public List<PairRecord> pairRecordsOf(java.util.Collection<Long> mentorshipIds) {
        return records.ofPairs(mentorshipIds);
    }

    /** The ids of these programmes' pairs, in order (one indexed read; no figures). */
    @Transactional(readOnly = true)
    public List<Long> pairIds(java.util.Collection<Long> programIds) {
        return records.ids(programIds);
    }

    /** The participant home page's data: the person's mentorships, next session and next actions. */
    @Transactional(readOnly = true)
    public ParticipantHome participantHome(String employeeNumber) {
        return reading.home(employeeNumber);
    }

    /** The current invitation of a session (REQUEST, or CANCEL once cancelled), e.g. to attach it to an e-mail. */
    @Transactional(readOnly = true)
    Optional<CalendarInvitation> invitation(long sessionId) {
        return sessionsOf(sessionId).map(s -> sessions.invitation(lifecycle.load(s.mentorshipId), s));
    }

    /** A member (or, with {@code administrator}, the programme's administrator) ends the mentorship early. */
    @Transactional
    void endEarly(
            long mentorshipId, String by, boolean administrator, EndReason reason, String message, boolean rematch) {
        lifecycle.end(mentorshipId, by, administrator, reason, message, rematch);
    }

    /** Ended early on an earlier day (demo data and imports of a past programme). */
    @Transactional
    void endEarlyOn(long mentorshipId, String by, EndReason reason, String message, LocalDate on) {
        lifecycle.end(mentorshipId, by, false, reason, message, false, on);
    }

    /** Completed on an earlier day (demo data and imports of a past programme). */
    @Transactional
    void completeOn(long mentorshipId, String by, LocalDate on) {
        lifecycle.complete(mentorshipId, by, false, on);
    }

    @Transactional
    void complete(long mentorshipId, String by, boolean administrator) {
        lifecycle.complete(mentorshipId, by, administrator);
    }

    // Writing on behalf of members, for demo data and imports. Screens use the same use cases with the signed-in
    // member.

    /** A member re-accepts the current charter and states their expectations. */
    @Transactional
    void kickOff(long mentorshipId, String member, String expectations) {
        var m = lifecycle.load(mentorshipId);
        lifecycle.kickOff(mentorshipId, member, reading.charterNumber(m), expectations);
    }

    /** A shared objective written by a member; returns its id. */
    @Transactional
    long addObjective(
            long mentorshipId,
            String member,
            String title,
            String measure,
            LocalDate targetDate,
            ObjectiveProgress progress,
            String comment) {
        var m = memberOrFail(mentorshipId, member);
        var saved = objectives.add(m, new ObjectiveForm(title, measure, targetDate, progress, comment, null), member);
        return saved.id;
    }

    /** A session that already took place, logged with what each side learned and both sides' ratings. */
    @Transactional
    long recordHeldSession(
            long mentorshipId,
            String organizer,
            Instant startsAt,
            int durationMinutes,
            MeetingFormat format,
            String placeOrLink,
            String covered,
            String menteeLearned,
            String mentorLearned,
            String nextSteps,
            int mentorRating,
            int menteeRating) {
        var m = memberOrFail(mentorshipId, organizer);
        var slot = new SessionSlot(
                startsAt,
                durationMinutes,
                format,
                format == MeetingFormat.IN_PERSON ? placeOrLink : null,
                format == MeetingFormat.REMOTE ? placeOrLink : null,
                null);
        var session = sessions.recordHeld(m, slot, organizer);
        session.covered = covered;
        session.menteeLearned = menteeLearned;
        session.mentorLearned = mentorLearned;
        session.nextSteps = nextSteps;
        if (covered != null) {
            session.loggedBy = organizer;
            session.loggedAt = startsAt.plusSeconds(60L * (durationMinutes + 120));
            for (var member : m.members) {
                var sm = session.memberOrNew(member.employeeNumber);
                sm.attended = true;
                sm.rating = member.memberRole == MemberRole.MENTOR ? mentorRating : menteeRating;
            }
        }
        return sessions.saveDirectly(session).id;
    }

    /** Plans a future session as a member would (same rules, invitation and event); returns its id. */
    @Transactional
    long planSession(
            long mentorshipId,
            String organizer,
            LocalDate date,
            java.time.LocalTime start,
            java.time.LocalTime end,
            MeetingFormat format,
            String placeOrLink,
            String agenda) {
        var m = memberOrFail(mentorshipId, organizer);
        var form = new SessionForm(
                date,
                start,
                end,
                format,
                format == MeetingFormat.IN_PERSON ? placeOrLink : null,
                format == MeetingFormat.REMOTE ? placeOrLink : null,
                agenda,
                null);
        var errors = new org.springframework.validation.BeanPropertyBindingResult(form, "session");
        var saved = sessions.plan(m, form, errors, organizer);
        if (saved == null) {
            throw new IllegalArgumentException("Session refused: " + errors.getAllErrors());
        }
        return saved.id;
    }

    /** A member's note, private or shared with the pair. */
    @Transactional
    void writeNote(long mentorshipId, String author, String text, boolean shared) {
        notebook.write(memberOrFail(mentorshipId, author), author, new NoteForm(text, shared));
    }

    private Mentorship memberOrFail(long mentorshipId, String member) {
        var m = lifecycle.load(mentorshipId);
        if (!m.isMember(member)) {
            throw new IllegalArgumentException(member + " is not a member of mentorship " + mentorshipId);
        }
        return m;
    }

    private Optional<MentorshipSession> sessionsOf(long sessionId) {
        return sessions.find(sessionId);
    }
}
