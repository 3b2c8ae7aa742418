package org.binome.training;

import java.util.Locale;

/**
 * The guided session as a state machine over {@link CircleStep}: where a move leads from a step, as a plain rule. A
 * step that requires its record cannot be left forward without it; one finishes only from the last step.
 */
final class SessionSteps {

    enum Move {
        STAY,
        NEXT,
        PREVIOUS,
        FINISH;

        /** From the form's button value; anything unknown stays where it is. */
        static Move of(String value) {
            if (value == null) {
                return STAY;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return STAY;
            }
        }

        boolean forward() {
            return this == NEXT || this == FINISH;
        }
    }

    /** Where the session goes, and the reason when the move was refused (it then stays on its step). */
    record Outcome(CircleStep step, SessionView.SessionStatus status, String problem) {}

    private SessionSteps() {}

    static Outcome after(CircleStep step, Move move, boolean recorded) {
        var open = SessionView.SessionStatus.OPEN;
        if (move.forward() && step.requiresRecord() && !recorded) {
            return new Outcome(step, open, "training.session.emptyStep");
        }
        return switch (move) {
            case STAY -> new Outcome(step, open, null);
            case NEXT -> new Outcome(CircleStep.of(step.number() + 1), open, null);
            case PREVIOUS -> new Outcome(CircleStep.of(step.number() - 1), open, null);
            case FINISH ->
                step == CircleStep.LEARNINGS
                        ? new Outcome(step, SessionView.SessionStatus.DONE, null)
                        : new Outcome(step, open, "training.session.notLastStep");
        };
    }
}
