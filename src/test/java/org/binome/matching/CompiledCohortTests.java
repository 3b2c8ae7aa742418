package org.binome.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The compiled scoring used for large cohorts gives exactly what the plain rules and score give, pair by pair. */
class CompiledCohortTests {

    private static final List<String> SKILLS = List.of("genai", "linkedin", "data", "video", "nego", "lead");
    private static final List<String> SLOTS = List.of("MON_AM", "MON_PM", "TUE_AM", "WED_PM", "FRI_AM");
    private static final List<String> DEPARTMENTS = List.of("IT", "Sales", "HR", "Production");
    private static final List<String> SITES = List.of("Paris", "Lyon", "Lille");

    @RepeatedTest(25)
    void compiledScoresEqualThePlainRulesAndScore(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        var managerOf = new HashMap<String, String>();
        var mentors = new ArrayList<Candidate>();
        var mentees = new ArrayList<Candidate>();
        for (int k = 0; k < 15; k++) {
            mentors.add(candidate("A" + k, random, 0, 12));
            mentees.add(candidate("B" + k, random, 5, 35));
        }
        var everyone = new ArrayList<String>();
        mentors.forEach(c -> everyone.add(c.employeeNumber()));
        mentees.forEach(c -> everyone.add(c.employeeNumber()));
        for (int k = 1; k < everyone.size(); k++) {
            // A random forest: each person's manager comes earlier in the list, so there is no cycle.
            if (random.nextInt(4) > 0) {
                managerOf.put(everyone.get(k), everyone.get(random.nextInt(k)));
            }
        }
        var hierarchy = new DirectoryHierarchy(managerOf::get);
        var trainedOnly = new HashSet<String>();
        everyone.stream().filter(p -> random.nextInt(5) > 0).forEach(trainedOnly::add);
        var existing = Set.of(PairRule.NotAlreadyPaired.key("A1", "B1"), PairRule.NotAlreadyPaired.key("A2", "B3"));
        var rules = List.<PairRule>of(
                new PairRule.NoReportingLine(hierarchy),
                new PairRule.NotUnderSameManager(hierarchy),
                new PairRule.MentorIsJunior(),
                new PairRule.SharedLanguage(),
                new PairRule.NoAvoidWish(),
                new PairRule.TrainingCompleted(7, (program, person) -> trainedOnly.contains(person)),
                new PairRule.NotAlreadyPaired(existing));
        var mandatory = random.nextBoolean() ? Set.of(ScoreComponent.REVERSE_FIT) : Set.<ScoreComponent>of();
        var weights = new HashMap<ScoreComponent, Double>();
        for (var component : EnumSet.allOf(ScoreComponent.class)) {
            weights.put(component, (double) random.nextInt(5));
        }
        var settings = new MatchingWeights(weights, mandatory, 20);

        var plain = new CohortMatching(rules, settings);
        var compiled = CompiledCohort.compile(mentors, mentees, rules, settings);

        assertThat(compiled).isNotNull();
        var expected = new double[ScoreComponent.values().length];
        var actual = new double[ScoreComponent.values().length];
        int allowed = 0;
        for (int i = 0; i < mentors.size(); i++) {
            for (int j = 0; j < mentees.size(); j++) {
                double want = plain.scoreIfAllowed(mentors.get(i), mentees.get(j), expected);
                double got = compiled.score(i, j, actual);
                assertThat(got).as("%s with %s", mentors.get(i), mentees.get(j)).isEqualTo(want);
                if (want >= 0) {
                    allowed++;
                    assertThat(actual).containsExactly(expected);
                }
            }
        }
        assertThat(allowed)
                .as("some pairs must be allowed for the comparison to mean something")
                .isPositive();
    }

    private static Candidate candidate(String number, Random random, int minSeniority, int maxSeniority) {
        return new Candidate(
                number,
                "Person " + number,
                DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())),
                random.nextInt(6) == 0 ? null : SITES.get(random.nextInt(SITES.size())),
                minSeniority + random.nextInt(maxSeniority - minSeniority + 1),
                random.nextInt(5) == 0 ? Set.of("en") : Set.of("fr", "en"),
                skills(random, 4),
                skills(random, 3),
                slots(random),
                Candidate.Modality.values()[random.nextInt(3)],
                random.nextInt(8) == 0 ? Set.of("B" + random.nextInt(15), "A" + random.nextInt(15)) : Set.of(),
                random.nextInt(8) == 0 ? Set.of("B" + random.nextInt(15), "A" + random.nextInt(15)) : Set.of(),
                random.nextInt(8) == 0 ? Set.of(DEPARTMENTS.get(random.nextInt(4))) : Set.of(),
                random.nextInt(10) == 0 ? Set.of(DEPARTMENTS.get(random.nextInt(4))) : Set.of(),
                1);
    }

    private static Map<String, Integer> skills(Random random, int max) {
        var result = new HashMap<String, Integer>();
        for (var skill : SKILLS) {
            if (random.nextInt(3) == 0) {
                result.put(skill, 1 + random.nextInt(max));
            }
        }
        return result;
    }

    private static Set<String> slots(Random random) {
        var result = new HashSet<String>();
        for (var slot : SLOTS) {
            if (random.nextInt(3) == 0) {
                result.add(slot);
            }
        }
        return result;
    }
}
