package org.binome.training;

import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Runs a session step by step for its facilitator: saves what was typed for the current step, the attendance, and
 * moves as {@link SessionSteps} allows.
 */
@Component
class SessionGuide {

    /** The session after the move, and the refusal when the move was refused. */
    record StepResult(SessionView session, RuleViolation problem) {}

    private final CircleRecords records;

    SessionGuide(CircleRecords records) {
        this.records = records;
    }

    /**
     * Saves what the facilitator typed for the current step and moves to another step. Leaving a step forward
     * requires its record (clarification has none); what was typed is saved even when the move is refused.
     */
    StepResult step(long circleId, long sessionId, int version, String text, String move, List<String> attendees) {
        var session = records.session(circleId, sessionId)
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        if (session.version() != version) {
            // Nothing is saved over the other change; the page shows it with what this person typed.
            return new StepResult(session, RuleViolation.conflict("training.error.conflict"));
        }
        if (session.status() == SessionView.SessionStatus.DONE) {
            throw RuleViolation.conflict("training.session.closed");
        }
        var step = session.currentStep();
        var value = text == null ? null : text.strip();
        if (value != null && value.length() > CircleRules.MAX_RECORD) {
            throw RuleViolation.invalid("training.field.tooLong", CircleRules.MAX_RECORD);
        }
        if (step.field() != null && value != null) {
            records.record(sessionId, step, value.isEmpty() ? null : value);
        }
        if (attendees != null) {
            var circle = records.find(circleId).orElseThrow();
            records.attendees(
                    sessionId,
                    attendees.stream().filter(circle::isMember).distinct().toList());
        }
        var outcome = SessionSteps.after(step, SessionSteps.Move.of(move), value != null && !value.isEmpty());
        records.stepTo(sessionId, outcome.step().number(), outcome.status());
        return new StepResult(
                records.session(circleId, sessionId).orElseThrow(),
                outcome.problem() == null ? null : RuleViolation.invalid(outcome.problem()));
    }
}
