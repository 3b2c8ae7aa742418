package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTests {

    @Test
    void theEstimateAndGreenwoodsVarianceMatchTheHandComputation() {
        // Left on days 100, 200 and 300; still there (censored) on days 200 and 365.
        var km = KaplanMeier.of(List.of(
                new KaplanMeier.FollowUp(100, true),
                new KaplanMeier.FollowUp(200, false),
                new KaplanMeier.FollowUp(200, true),
                new KaplanMeier.FollowUp(300, true),
                new KaplanMeier.FollowUp(365, false)));
        // Day 100: 5 at risk, 1 leaves -> 4/5. Day 200: 4 at risk (the one censored that day still counts), 1
        // leaves -> 0.8 * 3/4 = 0.6. Day 300: 2 at risk, 1 leaves -> 0.3.
        assertThat(km.staying(99)).isEqualTo(1.0);
        assertThat(km.staying(100)).isCloseTo(0.8, within(1e-12));
        assertThat(km.staying(250)).isCloseTo(0.6, within(1e-12));
        assertThat(km.staying(365)).isCloseTo(0.3, within(1e-12));
        assertThat(km.steps()).extracting(KaplanMeier.Step::atRisk).containsExactly(5, 4, 2);
        // Greenwood: S^2 * (1/(5*4) + 1/(4*3) + 1/(2*1)).
        assertThat(km.variance(365)).isCloseTo(0.09 * (1 / 20.0 + 1 / 12.0 + 1 / 2.0), within(1e-12));
        assertThat(km.variance(150)).isCloseTo(0.64 * (1 / 20.0), within(1e-12));
    }

    @Test
    void nobodyLeavingKeepsEveryoneWithNoVariance() {
        var km = KaplanMeier.of(List.of(new KaplanMeier.FollowUp(30, false), new KaplanMeier.FollowUp(365, false)));
        assertThat(km.staying(365)).isEqualTo(1.0);
        assertThat(km.variance(365)).isZero();
    }

    @Test
    void anonymityHidesSmallGroupsAndSmallRemainders() {
        assertThat(Anonymity.shows(4, 4)).isFalse();
        assertThat(Anonymity.shows(5, 5)).isTrue();
        assertThat(Anonymity.shows(5, 9))
                .as("all minus the selection would describe 4 people")
                .isFalse();
        assertThat(Anonymity.shows(5, 10)).isTrue();
    }
}
