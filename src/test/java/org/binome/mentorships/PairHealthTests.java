package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stall policy, from dates and counts only: cadence 21 days, margin 30, objectives due after 14 days. */
class PairHealthTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static PairHealth health(LocalDate started, int objectives, LocalDate last, LocalDate next) {
        return new PairHealth.Facts(MentorshipStatus.ACTIVE, started, objectives, last, next, 21, 30, 14).on(TODAY);
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
            assertThat(new PairHealth.Facts(status, TODAY.minusDays(200), 0, null, null, 21, 30, 14)
                            .on(TODAY)
                            .health())
                    .isEqualTo(Health.NOT_APPLICABLE);
        }
    }

    @Test
    void theDayAHealthChangesIsTheDayItsWindowOrGracePeriodPasses() {
        // last session 40 days ago, window 21 + 30: stalled from day 52 after it, 12 days from now
        assertThat(new PairHealth.Facts(
                                MentorshipStatus.ACTIVE, TODAY.minusDays(100), 2, TODAY.minusDays(40), null, 21, 30, 14)
                        .changesOn(TODAY))
                .isEqualTo(TODAY.plusDays(12));
        // started 10 days ago without objectives: stalled from day 15
        assertThat(new PairHealth.Facts(MentorshipStatus.ACTIVE, TODAY.minusDays(10), 0, null, null, 21, 30, 14)
                        .changesOn(TODAY))
                .isEqualTo(TODAY.plusDays(5));
        // a stalled pair whose session planned in 60 days comes within the window in 9 days
        assertThat(new PairHealth.Facts(
                                MentorshipStatus.ACTIVE,
                                TODAY.minusDays(100),
                                2,
                                TODAY.minusDays(70),
                                TODAY.plusDays(60),
                                21,
                                30,
                                14)
                        .changesOn(TODAY))
                .isEqualTo(TODAY.plusDays(9));
        assertThat(new PairHealth.Facts(MentorshipStatus.COMPLETED, TODAY.minusDays(100), 0, null, null, 21, 30, 14)
                        .changesOn(TODAY))
                .as("only active pairs have a health")
                .isNull();
    }

    @Test
    void beforeTheDayItGivesTheHealthStaysWhatItIsToday() {
        var random = new java.util.Random(18);
        for (int i = 0; i < 2_000; i++) {
            var started = TODAY.minusDays(random.nextInt(200));
            int objectives = random.nextInt(3);
            var last = random.nextBoolean() ? null : started.plusDays(random.nextInt(200));
            if (last != null && last.isAfter(TODAY)) {
                last = TODAY;
            }
            var next = random.nextBoolean() ? null : TODAY.plusDays(1 + random.nextInt(150));
            var facts = new PairHealth.Facts(MentorshipStatus.ACTIVE, started, objectives, last, next, 21, 30, 14);
            var changes = facts.changesOn(TODAY);
            var now = facts.on(TODAY);
            var end = changes == null ? TODAY.plusDays(400) : changes;
            for (var day = TODAY.plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
                assertThat(facts.on(day))
                        .as("case %d, %s (changes on %s)", i, day, changes)
                        .isEqualTo(now);
            }
        }
    }
}
