package org.binome.mentorships;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.binome.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting of a pair or group: planned, perhaps moved or cancelled, then logged by the members. */
@Table("mentorship_session")
class MentorshipSession {

    enum Status {
        PLANNED,
        CANCELLED
    }

    @Id
    Long id;

    long mentorshipId;
    String icalUid;
    int icalSequence;
    Instant startsAt;
    int durationMinutes;
    MeetingFormat meetingFormat;
    String place;
    String link;
    String agenda;
    Status status;
    String plannedBy;
    String covered;
    String menteeLearned;
    String mentorLearned;
    String nextSteps;
    String loggedBy;
    Instant loggedAt;

    @MappedCollection(idColumn = "mentorship_session")
    Set<SessionMember> members = new HashSet<>();

    @Version
    Integer version;

    static MentorshipSession plan(Mentorship mentorship, SessionSlot slot, String plannedBy, String uidDomain) {
        var session = new MentorshipSession();
        session.mentorshipId = mentorship.id;
        session.icalUid = UUID.randomUUID() + "@" + uidDomain;
        session.icalSequence = 0;
        session.status = Status.PLANNED;
        session.plannedBy = plannedBy;
        session.apply(slot);
        mentorship.everyone().forEach(n -> session.members.add(SessionMember.of(n)));
        return session;
    }

    void apply(SessionSlot slot) {
        startsAt = slot.startsAt();
        durationMinutes = slot.durationMinutes();
        meetingFormat = slot.format();
        place = slot.format() == MeetingFormat.IN_PERSON ? slot.place() : null;
        link = slot.format() == MeetingFormat.REMOTE ? slot.link() : null;
        agenda = Objective.blankToNull(slot.agenda());
    }

    void reschedule(SessionSlot slot) {
        requirePlanned();
        apply(slot);
        icalSequence++;
    }

    void cancel() {
        requirePlanned();
        if (isLogged()) {
            throw RuleViolation.conflict("mentorships.session.error.logged");
        }
        status = Status.CANCELLED;
        icalSequence++;
    }

    void requirePlanned() {
        if (status != Status.PLANNED) {
            throw RuleViolation.conflict("mentorships.session.error.cancelled");
        }
    }

    Instant endsAt() {
        return startsAt.plus(durationMinutes, ChronoUnit.MINUTES);
    }

    boolean isLogged() {
        return loggedAt != null;
    }

    boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    Optional<SessionMember> member(String employeeNumber) {
        return members.stream()
                .filter(m -> m.employeeNumber.equals(employeeNumber))
                .findFirst();
    }

    SessionMember memberOrNew(String employeeNumber) {
        return member(employeeNumber).orElseGet(() -> {
            var added = SessionMember.of(employeeNumber);
            members.add(added);
            return added;
        });
    }
}
