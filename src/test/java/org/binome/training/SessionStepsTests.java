package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.binome.training.SessionSteps.Move;
import org.binome.training.SessionView.SessionStatus;
import org.junit.jupiter.api.Test;

class SessionStepsTests {

    @Test
    void aStepWithItsRecordLeadsToTheNextAndBack() {
        assertThat(SessionSteps.after(CircleStep.PRESENTATION, Move.NEXT, true))
                .isEqualTo(new SessionSteps.Outcome(CircleStep.CLARIFICATION, SessionStatus.OPEN, null));
        assertThat(SessionSteps.after(CircleStep.PRESENTATION, Move.PREVIOUS, false))
                .isEqualTo(new SessionSteps.Outcome(CircleStep.OPENING, SessionStatus.OPEN, null));
    }

    @Test
    void aStepThatRequiresItsRecordCannotBeLeftForwardWithoutIt() {
        assertThat(SessionSteps.after(CircleStep.CONTRACT, Move.NEXT, false))
                .isEqualTo(new SessionSteps.Outcome(
                        CircleStep.CONTRACT, SessionStatus.OPEN, "training.session.emptyStep"));
        // Clarification records nothing, and a circle's first opening may be empty.
        assertThat(SessionSteps.after(CircleStep.CLARIFICATION, Move.NEXT, false)
                        .problem())
                .isNull();
        assertThat(SessionSteps.after(CircleStep.OPENING, Move.NEXT, false).problem())
                .isNull();
    }

    @Test
    void onlyTheLastStepFinishesTheSession() {
        assertThat(SessionSteps.after(CircleStep.SYNTHESIS, Move.FINISH, true).problem())
                .isEqualTo("training.session.notLastStep");
        assertThat(SessionSteps.after(CircleStep.LEARNINGS, Move.FINISH, true).status())
                .isEqualTo(SessionStatus.DONE);
        assertThat(SessionSteps.after(CircleStep.LEARNINGS, Move.NEXT, true).step())
                .isEqualTo(CircleStep.LEARNINGS);
    }

    @Test
    void anUnknownMoveStaysWhereItIs() {
        assertThat(Move.of("jump")).isEqualTo(Move.STAY);
        assertThat(Move.of(null)).isEqualTo(Move.STAY);
        assertThat(Move.of("next")).isEqualTo(Move.NEXT);
    }
}
