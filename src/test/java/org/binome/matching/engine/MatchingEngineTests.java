package org.binome.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingEngineTests {

    private static final double[][] THREE_BY_THREE = {
        {9, 2, 7},
        {6, 4, 3},
        {5, 8, 1}
    };

    @Test
    void picksTheMaximumTotalNotTheGreedyBestPair() {
        // Greedy would take 9 (mentor 0, mentee 0) and end at 9 + 8 + 3 = 20; the optimum is 7 + 6 + 8 = 21.
        MatchingResult result = MatchingEngine.solve(DenseScores.of(THREE_BY_THREE), MatchingRules.oneToOne());
        assertThat(result.totalScore()).isEqualTo(21);
        assertThat(result.mentorOfMentee()).containsExactly(1, 2, 0);
        assertThat(result.matches()).containsExactly(new Match(1, 0, 6), new Match(2, 1, 8), new Match(0, 2, 7));
    }

    @Test
    void everyPairForbiddenLeavesEveryoneUnmatched() {
        List<Pair> all = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                all.add(new Pair(j, i));
            }
        }
        MatchingResult result = MatchingEngine.solve(DenseScores.of(THREE_BY_THREE, all), MatchingRules.oneToOne());
        assertThat(result.matches()).isEmpty();
        assertThat(result.mentorOfMentee()).containsExactly(-1, -1, -1);
        assertThat(result.totalScore()).isZero();
    }

    @Test
    void forbiddenPairIsAvoidedEvenWhenItWouldBeOptimal() {
        MatchingResult result =
                MatchingEngine.solve(DenseScores.of(THREE_BY_THREE, List.of(new Pair(2, 1))), MatchingRules.oneToOne());
        assertThat(result.matches()).doesNotContain(new Match(2, 1, 8));
        // Without mentor 2 – mentee 1 the best is 7 (mentor 0 – mentee 2) + 4 + 5, worked out by hand.
        assertThat(result.totalScore()).isEqualTo(16);
        assertThat(result.mentorOfMentee()).containsExactly(2, 1, 0);
    }

    @Test
    void pairsBelowTheMinimumScoreAreNeverChosen() {
        MatchingResult result = MatchingEngine.solve(
                DenseScores.of(THREE_BY_THREE), MatchingRules.oneToOne().withMinScore(7));
        assertThat(result.matches())
                .allSatisfy(match -> assertThat(match.score()).isGreaterThanOrEqualTo(7));
        assertThat(result.totalScore()).isEqualTo(17); // 9 + 8
    }

    @Test
    void negativePairsAreWorseThanStayingUnmatched() {
        MatchingResult result =
                MatchingEngine.solve(DenseScores.of(new double[][] {{-1, -2}, {-3, 5}}), MatchingRules.oneToOne());
        assertThat(result.matches()).containsExactly(new Match(1, 1, 5));
    }

    @Test
    void mentorWithCapacityTakesSeveralMentees() {
        double[][] scores = {{10, 9, 8}, {1, 1, 1}};
        MatchingResult result = MatchingEngine.solve(
                DenseScores.of(scores), MatchingRules.oneToOne().withCapacities(2, 1));
        assertThat(result.totalScore()).isEqualTo(20); // 10 + 9 with mentor 0, 1 with mentor 1
        assertThat(result.mentorOfMentee()).containsExactly(0, 0, 1);
    }

    @Test
    void mentorWithZeroCapacityGetsNobody() {
        double[][] scores = {{10, 9}, {1, 1}};
        MatchingResult result = MatchingEngine.solve(
                DenseScores.of(scores), MatchingRules.oneToOne().withCapacities(0, 5));
        assertThat(result.mentorOfMentee()).containsExactly(1, 1);
        assertThat(result.totalScore()).isEqualTo(2);
    }

    @Test
    void emptySidesGiveAnEmptyMatching() {
        MatchingResult noMentors = MatchingEngine.solve(DenseScores.of(new double[0][]), MatchingRules.oneToOne());
        assertThat(noMentors.matches()).isEmpty();
        MatchingResult noMentees =
                MatchingEngine.solve(DenseScores.of(new double[][] {{}, {}}), MatchingRules.oneToOne());
        assertThat(noMentees.mentorOfMentee()).isEmpty();
        MatchingResult sparseNoMentees =
                MatchingEngine.solve(SparseScores.builder(3, 0).build(), MatchingRules.oneToOne());
        assertThat(sparseNoMentees.matches()).isEmpty();
        MatchingResult sparseNoMentors =
                MatchingEngine.solve(SparseScores.builder(0, 4).build(), MatchingRules.oneToOne());
        assertThat(sparseNoMentors.mentorOfMentee()).containsExactly(-1, -1, -1, -1);
    }

    @Test
    void allScoresEqualStillMatchesEveryoneWhoCanBeMatched() {
        double[][] scores = new double[4][6];
        for (double[] row : scores) {
            java.util.Arrays.fill(row, 0.5);
        }
        MatchingResult dense = MatchingEngine.solve(DenseScores.of(scores), MatchingRules.oneToOne());
        assertThat(dense.matchedCount()).isEqualTo(4);
        assertThat(dense.totalScore()).isEqualTo(2.0);
        assertThat(dense.matches()).extracting(Match::mentor).doesNotHaveDuplicates();
    }

    @Test
    void sameInputGivesTheSameMatchingTiesIncluded() {
        double[][] scores = new double[30][40];
        for (int j = 0; j < 30; j++) {
            for (int i = 0; i < 40; i++) {
                scores[j][i] = (i * 7 + j * 3) % 4; // heavy ties
            }
        }
        MatchingRules rules = MatchingRules.oneToOne().withCapacity(30, 2);
        MatchingResult first = MatchingEngine.solve(DenseScores.of(scores), rules);
        MatchingResult second = MatchingEngine.solve(DenseScores.of(scores), rules);
        assertThat(second).isEqualTo(first);
        assertThat(second.mentorOfMentee()).containsExactly(first.mentorOfMentee());
    }

    @Test
    void sparseCandidatesGiveTheSameOptimumAsTheDenseTable() {
        SparseScores.Builder builder = SparseScores.builder(3, 3);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                builder.add(i, j, THREE_BY_THREE[j][i]);
            }
        }
        MatchingResult result = MatchingEngine.solve(builder.build(), MatchingRules.oneToOne());
        assertThat(result.totalScore()).isEqualTo(21);
        assertThat(result.mentorOfMentee()).containsExactly(1, 2, 0);
    }

    @Test
    void nanScoreIsRejectedWithItsPosition() {
        double[][] scores = {{1, 2}, {3, Double.NaN}};
        assertThatThrownBy(() -> DenseScores.of(scores))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mentor 1 and mentee 1")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> SparseScores.builder(2, 2).add(0, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void nullScoresAreRejected() {
        assertThatThrownBy(() -> DenseScores.of(new double[][] {{1}, null}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mentor 1 must not be null");
        assertThatThrownBy(() -> DenseScores.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchingEngine.solve((DenseScores) null, MatchingRules.oneToOne()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scores must not be null");
    }

    @Test
    void inconsistentInputIsRejected() {
        assertThatThrownBy(() -> DenseScores.of(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mentor 1 has 1 scores, expected 2");
        assertThatThrownBy(() -> MatchingRules.oneToOne().withCapacities(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> MatchingEngine.solve(
                        DenseScores.of(THREE_BY_THREE), MatchingRules.oneToOne().withCapacities(1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 capacities for 3 mentors");
        assertThatThrownBy(() -> MatchingRules.oneToOne().withMinScore(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SparseScores.builder(2, 2).add(0, 2, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }
}
