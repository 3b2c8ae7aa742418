package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stall policy, from dates and counts only: cadence 21 days, margin 30, objectives due after 14 days. */
class PairHealthTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static PairHealth health(LocalDate started, int objectives, LocalDate last, LocalDate next) {
        return PairHealth.of(MentorshipStatus.ACTIVE, started, objectives, last, next, 21, 30, 14, TODAY);
    }

    @Test
    void aPairThatMetWithinCadencePlusMarginIsHealthy() {
        var health = health(TODAY.minusDays(100), 2, TODAY.minusDays(51), null);
        assertThat(health.health()).isEqualTo(Health.HEALTHY);
    }

    @Test
    void noSessionForLongerThanCadencePlusMarginAndNothingPlannedIsStalled() {
        var health = health(TODAY.minusDays(100), 2, TODAY.minusDays(52), null);
        assertThat(health.health()).isEqualTo(Health.STALLED);
        assertThat(health.reasons()).containsExactly(StallReason.NO_RECENT_SESSION);
    }

    @Test
    void aSessionPlannedWithinTheWindowKeepsAnOldPairHealthy() {
        assertThat(health(TODAY.minusDays(100), 2, TODAY.minusDays(70), TODAY.plusDays(10))
                        .health())
                .isEqualTo(Health.HEALTHY);
        assertThat(health(TODAY.minusDays(100), 2, TODAY.minusDays(70), TODAY.plusDays(60))
                        .health())
                .isEqualTo(Health.STALLED);
    }

    @Test
    void aNewPairWithoutSessionsHasTheWholeWindowCountedFromItsStart() {
        assertThat(health(TODAY.minusDays(10), 1, null, null).health()).isEqualTo(Health.HEALTHY);
        assertThat(health(TODAY.minusDays(52), 1, null, null).reasons()).containsExactly(StallReason.NO_RECENT_SESSION);
    }

    @Test
    void objectivesStillMissingFourteenDaysAfterKickOffStallThePair() {
        assertThat(health(TODAY.minusDays(14), 0, null, TODAY.plusDays(3)).health())
                .isEqualTo(Health.HEALTHY);
        var late = health(TODAY.minusDays(15), 0, null, TODAY.plusDays(3));
        assertThat(late.health()).isEqualTo(Health.STALLED);
        assertThat(late.reasons()).containsExactly(StallReason.NO_OBJECTIVES);
    }

    @Test
    void healthDoesNotApplyToPairsThatAreNotActive() {
        for (var status : new MentorshipStatus[] {
            MentorshipStatus.PROPOSED, MentorshipStatus.COMPLETED, MentorshipStatus.ENDED_EARLY
        }) {
            assertThat(PairHealth.of(status, TODAY.minusDays(200), 0, null, null, 21, 30, 14, TODAY)
                            .health())
                    .isEqualTo(Health.NOT_APPLICABLE);
        }
    }
}
