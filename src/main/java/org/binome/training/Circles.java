package org.binome.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Codevelopment circles, as the module's screens and facade use them. Each part does one thing: {@link CircleRules}
 * (what is valid), {@link CircleHierarchy} (reporting lines), {@link CircleSuggestion} (proposed groups),
 * {@link CircleRecords} (the database), {@link CircleScheduling} (calendar and rotation) and {@link SessionGuide} with
 * {@link SessionSteps} (the six steps).
 */
@Component
class Circles {

    static final int MIN_MEMBERS = CircleRules.MIN_MEMBERS;
    static final int MAX_MEMBERS = CircleRules.MAX_MEMBERS;

    /** The session after a step, and the refusal when the move was refused. */
    record StepResult(SessionView session, RuleViolation problem) {}

    private final CircleRecords records;
    private final CircleHierarchy hierarchy;
    private final CircleSuggestion suggestion;
    private final CircleScheduling scheduling;
    private final SessionGuide guide;
    private final Directory directory;
    private final Programs programs;

    Circles(
            CircleRecords records,
            CircleHierarchy hierarchy,
            CircleSuggestion suggestion,
            CircleScheduling scheduling,
            SessionGuide guide,
            Directory directory,
            Programs programs) {
        this.records = records;
        this.hierarchy = hierarchy;
        this.suggestion = suggestion;
        this.scheduling = scheduling;
        this.guide = guide;
        this.directory = directory;
        this.programs = programs;
    }

    /** Forms a circle of 4 to 8 accepted mentors of the programme, none in another's reporting line. */
    long form(long programId, String name, String facilitator, List<String> members, int cadenceWeeks, String place) {
        var validName = CircleRules.name(name);
        var distinct = CircleRules.members(members);
        CircleRules.cadence(cadenceWeeks);
        if (facilitator == null
                || facilitator.isBlank()
                || directory.find(facilitator).isEmpty()) {
            throw RuleViolation.invalid("training.circle.facilitator.invalid");
        }
        for (var member : distinct) {
            if (!programs.isAcceptedParticipant(programId, member, ParticipantRole.MENTOR)) {
                throw RuleViolation.invalid("training.circle.notMentor", nameOf(member));
            }
        }
        var clash = hierarchy.of(distinct).firstClash(distinct);
        if (clash.isPresent()) {
            throw RuleViolation.invalid(
                    "training.circle.reportingLine",
                    nameOf(clash.get().get(0)),
                    nameOf(clash.get().get(1)));
        }
        return records.insert(programId, validName, facilitator, distinct, cadenceWeeks, place);
    }

    List<List<String>> suggest(long programId) {
        return suggestion.suggest(programId);
    }

    /** True when one of the two is the other's manager, direct or not. */
    boolean inOneReportingLine(String a, String b) {
        return hierarchy.inOneReportingLine(a, b);
    }

    void leave(long circleId, String employeeNumber) {
        scheduling.leave(circleId, employeeNumber);
    }

    Optional<CircleView> find(long id) {
        return records.find(id);
    }

    List<CircleView> ofProgram(long programId) {
        return records.ofProgram(programId);
    }

    /** Circles the person facilitates or belongs to (even after leaving: their past records stay theirs). */
    List<CircleView> of(String employeeNumber) {
        return records.of(employeeNumber);
    }

    List<CircleView> all() {
        return records.all();
    }

    List<SessionView> sessions(long circleId) {
        return records.sessions(circleId);
    }

    Optional<SessionView> session(long circleId, long sessionId) {
        return records.session(circleId, sessionId);
    }

    /** The session held just before this one, whose client opens this one with their follow-up. */
    Optional<SessionView> previous(long circleId, long sessionId) {
        return scheduling.previous(circleId, sessionId);
    }

    long schedule(long circleId, Instant startsAt, String place) {
        return scheduling.schedule(circleId, startsAt, place);
    }

    void reschedule(long circleId, long sessionId, Instant startsAt, String place) {
        scheduling.reschedule(circleId, sessionId, startsAt, place);
    }

    long recordHeld(long circleId, Instant startsAt, String place, SessionRecord record) {
        return scheduling.recordHeld(circleId, startsAt, place, record);
    }

    StepResult step(long circleId, long sessionId, int version, String text, String move, List<String> attendees) {
        var result = guide.step(circleId, sessionId, version, text, move, attendees);
        return new StepResult(result.session(), result.problem());
    }

    static void checkCadence(int weeks) {
        CircleRules.cadence(weeks);
    }

    private String nameOf(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }
}
