package org.binome.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cohort matching on hand-made cohorts: the rules that exclude a pair (reporting line, language, training, people
 * to avoid, mandatory components), the optimum against the greedy baseline on the dense and the sparse path, locked
 * pairs, capacities, and the reasons given to people left without a partner.
 *
 * <p>Over 400 lines: each rule is its own small test on the same hand-made cohorts, and the dense and sparse paths
 * are checked against each other here; they read best side by side.
 */
class CohortMatchingTests {

    private static final MatchingWeights WEIGHTS = MatchingWeights.defaults();

    /** ML1 manages ML2 and ML3; everyone else reports to nobody in this cohort. */
    private static final Hierarchy HIERARCHY = new Hierarchy() {
        @Override
        public boolean inOneReportingLine(String a, String b) {
            return (a.equals("ML1") && (b.equals("ML2") || b.equals("ML3")))
                    || (b.equals("ML1") && (a.equals("ML2") || a.equals("ML3")));
        }

        @Override
        public boolean sameDirectManager(String a, String b) {
            return Set.of(a, b).equals(Set.of("ML2", "ML3"));
        }
    };

    private final List<PairRule> rules = List.of(
            new PairRule.NoReportingLine(HIERARCHY),
            new PairRule.NotUnderSameManager(HIERARCHY),
            new PairRule.MentorIsJunior(),
            new PairRule.SharedLanguage(),
            new PairRule.NoAvoidWish());

    @Test
    void aPairInsideOneReportingLineIsNeverProposed() {
        var manager = mentee("ML1", 30, Map.of("genai", 3));
        var report = mentor("ML2", 2, Map.of("genai", 4));
        var outsider = mentor("ML9", 2, Map.of("genai", 1));

        var outcome = match(List.of(report, outsider), List.of(manager));

        assertThat(outcome.proposals())
                .singleElement()
                .satisfies(p -> assertThat(p.mentor()).isEqualTo(outsider));
    }

    @Test
    void twoPeopleUnderTheSameManagerAreNeverProposed() {
        var outcome =
                match(List.of(mentor("ML2", 1, Map.of("genai", 4))), List.of(mentee("ML3", 25, Map.of("genai", 3))));

        assertThat(outcome.proposals()).isEmpty();
        assertThat(outcome.unmatched())
                .filteredOn(u -> !u.mentor())
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(CohortMatching.UnmatchedReason.NO_ELIGIBLE_PARTNER));
    }

    @Test
    void someoneWhoseRequiredTrainingIsNotDoneIsToldSoRatherThanGivenAVagueReason() {
        // The programme requires training before matching; everyone but ML9 has completed it.
        TrainingGate gate = (programme, person) -> !person.equals("ML9");
        var withTraining = new ArrayList<>(rules);
        withTraining.add(new PairRule.TrainingCompleted(7L, gate));
        var trained = mentor("ML8", 2, Map.of("genai", 4));
        var untrained = mentor("ML9", 2, Map.of("genai", 4));
        var mentee = mentee("ML7", 30, Map.of("genai", 3));

        var outcome = new CohortMatching(withTraining, WEIGHTS)
                .match(List.of(trained, untrained), List.of(mentee), List.of(), () -> false);

        assertThat(outcome.proposals())
                .singleElement()
                .satisfies(p -> assertThat(p.mentor()).isEqualTo(trained));
        assertThat(outcome.unmatched())
                .singleElement()
                .satisfies(u -> assertThat(u.person()).isEqualTo(untrained))
                .satisfies(u -> assertThat(u.reason()).isEqualTo(CohortMatching.UnmatchedReason.NOT_TRAINED));
    }

    @Test
    void theMentorIsAlwaysTheJuniorOne() {
        var outcome =
                match(List.of(mentor("ML5", 20, Map.of("genai", 4))), List.of(mentee("ML6", 10, Map.of("genai", 3))));

        assertThat(outcome.proposals()).isEmpty();
    }

    @Test
    void peopleWithoutACommonLanguageAreNeverPaired() {
        var english = new Candidate(
                "ML5",
                "Amy",
                "IT",
                "Paris",
                2,
                Set.of("en"),
                Map.of("genai", 4),
                Map.of(),
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                1);

        var frenchOnly = new Candidate(
                "ML6",
                "Jean",
                "Sales",
                "Lyon",
                25,
                Set.of("fr"),
                Map.of(),
                Map.of("genai", 3),
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                1);
        assertThat(match(List.of(english), List.of(frenchOnly)).proposals()).isEmpty();
    }

    @Test
    void someoneAPersonAskedToAvoidIsNeverProposed() {
        var avoider = new Candidate(
                "ML6",
                "Bob",
                "Sales",
                "Paris",
                25,
                Set.of("fr"),
                Map.of(),
                Map.of("genai", 3),
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of("ML5"),
                Set.of(),
                Set.of(),
                1);

        assertThat(match(List.of(mentor("ML5", 2, Map.of("genai", 4))), List.of(avoider))
                        .proposals())
                .isEmpty();
    }

    @Test
    void theWholeCohortGetsTheBestTotalEvenWhenTheGreedyChoiceLooksBetterForOnePair() {
        // Greedy gives Alice to Carl (the single best pair) and leaves Dora with nobody she can learn from.
        var alice = mentor("ML11", 1, Map.of("genai", 4, "linkedin", 4));
        var bruno = mentor("ML12", 1, Map.of("linkedin", 4));
        var carl = mentee("ML21", 25, Map.of("genai", 3, "linkedin", 1));
        var dora = mentee("ML22", 25, Map.of("genai", 3));

        var outcome = match(List.of(alice, bruno), List.of(carl, dora));

        assertThat(outcome.proposals()).hasSize(2);
        assertThat(outcome.optimal().totalScore())
                .isGreaterThanOrEqualTo(outcome.greedy().totalScore());
        assertThat(outcome.proposals()).anySatisfy(p -> {
            assertThat(p.mentor()).isEqualTo(alice);
            assertThat(p.mentee()).isEqualTo(dora);
        });
    }

    @Test
    void theOptimalTotalIsNeverBelowTheGreedyBaselineOnRandomCohorts() {
        var random = new Random(42);
        for (int round = 0; round < 20; round++) {
            var mentors = new ArrayList<Candidate>();
            var mentees = new ArrayList<Candidate>();
            for (int k = 0; k < 12; k++) {
                mentors.add(mentor("MT" + k, random.nextInt(5), randomSkills(random)));
                mentees.add(mentee("ME" + k, 15 + random.nextInt(20), randomSkills(random)));
            }
            var outcome = match(mentors, mentees);
            assertThat(outcome.optimal().totalScore())
                    .as("round %d", round)
                    .isGreaterThanOrEqualTo(outcome.greedy().totalScore() - 1e-6);
        }
    }

    @Test
    void theSparsePathForLargeCohortsFindsTheSameOptimumWhenEveryoneIsACandidate() {
        var random = new Random(7);
        for (int round = 0; round < 10; round++) {
            var mentors = new ArrayList<Candidate>();
            var mentees = new ArrayList<Candidate>();
            for (int k = 0; k < 20; k++) {
                mentors.add(mentor("MT" + k, random.nextInt(5), randomSkills(random)));
                mentees.add(mentee("ME" + k, 15 + random.nextInt(20), randomSkills(random)));
            }
            var dense = new CohortMatching(rules, WEIGHTS).match(mentors, mentees, List.of(), () -> false);
            var sparse = new CohortMatching(rules, WEIGHTS, 0).match(mentors, mentees, List.of(), () -> false);

            assertThat(sparse.optimal().totalScore())
                    .as("round %d", round)
                    .isEqualTo(dense.optimal().totalScore());
            assertThat(sparse.proposals()).hasSameSizeAs(dense.proposals());
        }
    }

    @Test
    void theSparsePathReportsARealGreedyBaselineBelowTheOptimum() {
        // The same trap as above, on the candidate lists of a large cohort (the sparse path, forced by a zero limit).
        var alice = mentor("ML11", 1, Map.of("genai", 4, "linkedin", 4));
        var bruno = mentor("ML12", 1, Map.of("linkedin", 4));
        var carl = mentee("ML21", 25, Map.of("genai", 3, "linkedin", 1));
        var dora = mentee("ML22", 25, Map.of("genai", 3));

        var sparse = new CohortMatching(rules, WEIGHTS, 0)
                .match(List.of(alice, bruno), List.of(carl, dora), List.of(), () -> false);
        var dense = match(List.of(alice, bruno), List.of(carl, dora));

        assertThat(sparse.greedy().totalScore()).isLessThan(sparse.optimal().totalScore());
        assertThat(sparse.greedy().totalScore()).isEqualTo(dense.greedy().totalScore());
        assertThat(sparse.greedy().matched()).isEqualTo(dense.greedy().matched());
    }

    @Test
    void onRandomCohortsTheSparseGreedyBaselineNeverBeatsTheOptimum() {
        var random = new Random(11);
        for (int round = 0; round < 10; round++) {
            var mentors = new ArrayList<Candidate>();
            var mentees = new ArrayList<Candidate>();
            for (int k = 0; k < 15; k++) {
                mentors.add(mentor("MT" + k, random.nextInt(5), randomSkills(random)));
                mentees.add(mentee("ME" + k, 15 + random.nextInt(20), randomSkills(random)));
            }
            var sparse = new CohortMatching(rules, WEIGHTS, 0).match(mentors, mentees, List.of(), () -> false);
            var dense = new CohortMatching(rules, WEIGHTS).match(mentors, mentees, List.of(), () -> false);
            assertThat(sparse.greedy().totalScore())
                    .as("round %d", round)
                    .isLessThanOrEqualTo(sparse.optimal().totalScore() + 1e-6)
                    .isEqualTo(dense.greedy().totalScore());
        }
    }

    @Test
    void lockedPairsAreKeptAndTheRestIsMatchedAroundThem() {
        var alice = mentor("ML11", 1, Map.of("genai", 4));
        var bruno = mentor("ML12", 1, Map.of("genai", 2));
        var carl = mentee("ML21", 25, Map.of("genai", 3));
        var dora = mentee("ML22", 25, Map.of("genai", 3));

        var outcome = new CohortMatching(rules, WEIGHTS)
                .match(List.of(alice, bruno), List.of(carl, dora), List.<int[]>of(new int[] {1, 0}), () -> false);

        assertThat(outcome.proposals()).hasSize(2);
        assertThat(outcome.proposals())
                .anySatisfy(p -> {
                    assertThat(p.locked()).isTrue();
                    assertThat(p.mentor()).isEqualTo(bruno);
                    assertThat(p.mentee()).isEqualTo(carl);
                })
                .anySatisfy(p -> {
                    assertThat(p.mentor()).isEqualTo(alice);
                    assertThat(p.mentee()).isEqualTo(dora);
                });
    }

    @Test
    void peopleLeftAloneAreListedWithTheirReason() {
        var skillsOnly = new MatchingWeights(Map.of(ScoreComponent.SKILL_FIT, 1.0), Set.of(), 20);
        var alice = mentor("ML11", 1, Map.of("genai", 4));
        var bruno = mentor("ML12", 1, Map.of("video", 4));
        var carl = mentee("ML21", 25, Map.of("genai", 3));
        var dora = mentee("ML22", 25, Map.of("genai", 3));
        var eve = mentee("ML23", 25, Map.of("nocode", 3));

        var outcome = new CohortMatching(rules, skillsOnly)
                .match(List.of(alice, bruno), List.of(carl, dora, eve), List.of(), () -> false);

        assertThat(outcome.proposals()).hasSize(1);
        assertThat(outcome.unmatched())
                .extracting(u -> u.person().employeeNumber() + ":" + u.reason())
                .containsExactlyInAnyOrder(
                        (outcome.proposals().get(0).mentee() == carl ? "ML22" : "ML21") + ":CAPACITY",
                        "ML23:BELOW_MIN_SCORE",
                        "ML12:BELOW_MIN_SCORE");
    }

    @Test
    void aMentorWithCapacityThreeTakesThreeMentees() {
        var alice = new Candidate(
                "ML11",
                "Alice",
                "IT",
                "Paris",
                1,
                Set.of("fr"),
                Map.of("genai", 4),
                Map.of(),
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                3);
        var mentees = List.of(
                mentee("ML21", 25, Map.of("genai", 3)),
                mentee("ML22", 25, Map.of("genai", 3)),
                mentee("ML23", 25, Map.of("genai", 3)));

        assertThat(match(List.of(alice), mentees).proposals()).hasSize(3);
    }

    @Test
    void aMandatoryComponentAtZeroForbidsThePair() {
        var weights = new MatchingWeights(MatchingWeights.defaults().weights(), Set.of(ScoreComponent.REVERSE_FIT), 0);
        var outcome = new CohortMatching(rules, weights)
                .match(
                        List.of(new Candidate(
                                "ML11",
                                "Alice",
                                "IT",
                                "Paris",
                                1,
                                Set.of("fr"),
                                Map.of("genai", 4),
                                Map.of(),
                                Set.of(),
                                Candidate.Modality.BOTH,
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                1)),
                        List.of(mentee("ML21", 25, Map.of("genai", 3))),
                        List.of(),
                        () -> false);

        assertThat(outcome.proposals())
                .as("the mentor wants to learn nothing back")
                .isEmpty();
    }

    @Test
    void aCancelledRunStopsWithoutProposals() {
        assertThatThrownBy(() -> new CohortMatching(rules, WEIGHTS)
                        .match(
                                List.of(mentor("ML11", 1, Map.of("genai", 4))),
                                List.of(mentee("ML21", 25, Map.of("genai", 3))),
                                List.of(),
                                () -> true))
                .isInstanceOf(CohortMatching.CancelledException.class);
    }

    @Test
    void skillFitIsFullWhenAnExpertCoversEveryWish() {
        assertThat(Compatibility.fit(Map.of("genai", 4, "linkedin", 4), Map.of("genai", 3, "linkedin", 1)))
                .isEqualTo(1.0);
        assertThat(Compatibility.fit(Map.of("genai", 2), Map.of("genai", 3, "linkedin", 3)))
                .isEqualTo(0.25);
        assertThat(Compatibility.fit(Map.of("genai", 4), Map.of())).isZero();
    }

    private CohortMatching.Outcome match(List<Candidate> mentors, List<Candidate> mentees) {
        return new CohortMatching(rules, WEIGHTS).match(mentors, mentees, List.of(), () -> false);
    }

    private static Map<String, Integer> randomSkills(Random random) {
        var skills = new java.util.HashMap<String, Integer>();
        for (var skill : List.of("genai", "linkedin", "data", "video")) {
            if (random.nextBoolean()) {
                skills.put(skill, 1 + random.nextInt(3));
            }
        }
        return skills;
    }

    static Candidate mentor(String number, int seniority, Map<String, Integer> offered) {
        return new Candidate(
                number,
                "Mentor " + number,
                "Marketing",
                "Paris",
                seniority,
                Set.of("fr"),
                offered,
                Map.of("negotiation", 2),
                Set.of("MON_AM"),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                1);
    }

    static Candidate mentee(String number, int seniority, Map<String, Integer> wanted) {
        return new Candidate(
                number,
                "Mentee " + number,
                "Production",
                "Lyon",
                seniority,
                Set.of("fr", "en"),
                Map.of("negotiation", 4),
                wanted,
                Set.of("MON_AM", "TUE_PM"),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                1);
    }
}
