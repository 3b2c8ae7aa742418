package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.binome.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A pair or a group (one or two mentors, one or more mentees): the aggregate root of its members. */
@Table("mentorship")
class Mentorship {

    static final int MAX_MENTORS = 2;

    @Id
    Long id;

    long programId;
    Long proposalId;
    MentorshipStatus status;
    Instant createdAt;
    LocalDate startedOn;
    LocalDate endedOn;
    EndReason endReason;
    String endMessage;
    String endedBy;
    boolean endedByAdministrator;
    boolean rematchOffered;

    @MappedCollection(idColumn = "mentorship", keyColumn = "mentorship_key")
    List<Member> members = new ArrayList<>();

    @Version
    Integer version;

    static Mentorship of(long programId, Long proposalId, List<String> mentors, List<String> mentees, Instant now) {
        if (mentors.isEmpty() || mentors.size() > MAX_MENTORS || mentees.isEmpty()) {
            throw new IllegalArgumentException("A mentorship has one or two mentors and at least one mentee");
        }
        var everyone = new ArrayList<String>(mentors);
        everyone.addAll(mentees);
        if (everyone.stream().distinct().count() != everyone.size()) {
            throw new IllegalArgumentException("Nobody can be twice in one mentorship");
        }
        var mentorship = new Mentorship();
        mentorship.programId = programId;
        mentorship.proposalId = proposalId;
        mentorship.status = MentorshipStatus.PROPOSED;
        mentorship.createdAt = now;
        mentors.forEach(m -> mentorship.members.add(Member.of(m, MemberRole.MENTOR)));
        mentees.forEach(m -> mentorship.members.add(Member.of(m, MemberRole.MENTEE)));
        return mentorship;
    }

    /** Everyone accepted: the kick-off may begin. */
    void activate(LocalDate today) {
        if (status != MentorshipStatus.PROPOSED) {
            throw RuleViolation.conflict("mentorships.error.transition");
        }
        status = MentorshipStatus.ACTIVE;
        startedOn = today;
    }

    void end(String by, boolean administrator, EndReason reason, String message, boolean rematch, LocalDate today) {
        if (status.isOver()) {
            throw RuleViolation.conflict("mentorships.error.alreadyOver");
        }
        status = MentorshipStatus.ENDED_EARLY;
        endedBy = by;
        endedByAdministrator = administrator;
        endReason = reason == null ? EndReason.OTHER : reason;
        endMessage = message == null || message.isBlank() ? null : message.strip();
        rematchOffered = rematch;
        endedOn = today;
    }

    void complete(String by, boolean administrator, LocalDate today) {
        if (status != MentorshipStatus.ACTIVE) {
            throw RuleViolation.conflict("mentorships.error.transition");
        }
        status = MentorshipStatus.COMPLETED;
        endedBy = by;
        endedByAdministrator = administrator;
        endedOn = today;
    }

    void acceptCharter(String employeeNumber, int charterVersion, String expectations, Instant now) {
        requireActive();
        var member = member(employeeNumber).orElseThrow(() -> RuleViolation.forbidden("mentorships.error.forbidden"));
        member.charterVersion = charterVersion;
        member.charterAcceptedAt = now;
        member.expectations = expectations == null || expectations.isBlank() ? null : expectations.strip();
    }

    void requireActive() {
        if (status != MentorshipStatus.ACTIVE) {
            throw RuleViolation.conflict("mentorships.error.notActive");
        }
    }

    Optional<Member> member(String employeeNumber) {
        return members.stream()
                .filter(m -> m.employeeNumber.equals(employeeNumber))
                .findFirst();
    }

    boolean isMember(String employeeNumber) {
        return employeeNumber != null && member(employeeNumber).isPresent();
    }

    List<String> people(MemberRole role) {
        return members.stream()
                .filter(m -> m.memberRole == role)
                .map(m -> m.employeeNumber)
                .toList();
    }

    List<String> everyone() {
        return members.stream().map(m -> m.employeeNumber).toList();
    }

    List<String> everyoneBut(String employeeNumber) {
        return everyone().stream().filter(n -> !n.equals(employeeNumber)).toList();
    }

    boolean kickOffDone() {
        return members.stream().allMatch(Member::kickedOff);
    }

    boolean isGroup() {
        return members.size() > 2;
    }
}
