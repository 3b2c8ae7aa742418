package org.binome.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupFormationTests {

    private static Candidate person(String number, int seniority, String offered, String wanted, int capacity) {
        return new Candidate(
                number,
                number + " Test",
                "D" + number,
                "Paris",
                seniority,
                Set.of("fr"),
                offered == null ? Map.of() : Map.of(offered, 4),
                wanted == null ? Map.of() : Map.of(wanted, 3),
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                capacity);
    }

    @Test
    void groupsFormAroundTheMentorOfferingWhatTheyWantAndStayWithinTheSizeRange() {
        var mentors = List.of(person("M1", 2, "genai", null, 3), person("M2", 2, "linkedin", null, 3));
        var mentees = new ArrayList<Candidate>();
        for (int k = 0; k < 3; k++) {
            mentees.add(person("A" + k, 25, null, "genai", 1));
            mentees.add(person("B" + k, 25, null, "linkedin", 1));
        }
        var matching = new CohortMatching(List.of(new PairRule.MentorIsJunior()), MatchingWeights.defaults());
        var outcome = matching.match(mentors, mentees, List.of(), () -> false);
        var result = GroupFormation.form(outcome, matching, 0, 2, 3);
        assertThat(result.groups())
                .hasSize(2)
                .allSatisfy(g -> assertThat(g.mentees()).hasSize(3));
        var genai = result.groups().stream()
                .filter(g -> g.mentor().employeeNumber().equals("M1"))
                .findFirst()
                .orElseThrow();
        assertThat(genai.mentees())
                .allSatisfy(m -> assertThat(m.employeeNumber()).startsWith("A"));
    }

    @Test
    void aGroupBelowTheMinimumSizeIsDissolvedIntoTheOthers() {
        var mentors = List.of(person("M1", 2, "genai", null, 4), person("M2", 2, "linkedin", null, 4));
        var mentees = List.of(
                person("A0", 25, null, "genai", 1),
                person("A1", 25, null, "genai", 1),
                person("A2", 25, null, "genai", 1),
                person("B0", 25, null, "linkedin", 1));
        var matching = new CohortMatching(List.of(new PairRule.MentorIsJunior()), MatchingWeights.defaults());
        var outcome = matching.match(mentors, mentees, List.of(), () -> false);
        var result = GroupFormation.form(outcome, matching, 0, 2, 4);
        assertThat(result.groups())
                .singleElement()
                .satisfies(g -> assertThat(g.mentees()).hasSize(4));
        assertThat(result.unmatched())
                .anySatisfy(u -> assertThat(u.person().employeeNumber()).isEqualTo("M2"));
    }

    private static Candidate wide(
            String number, int seniority, Map<String, Integer> offered, Map<String, Integer> wanted, int capacity) {
        return new Candidate(
                number,
                number + " Test",
                "D" + number,
                "Paris",
                seniority,
                Set.of("fr"),
                offered,
                wanted,
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                capacity);
    }

    @Test
    void withTwoMentorsPerGroupEachGroupGetsASecondMentorWhoseSkillsComplementTheFirst() {
        var mentors = List.of(
                wide("M1", 2, Map.of("genai", 4), Map.of(), 3),
                wide("M2", 2, Map.of("linkedin", 4), Map.of(), 3),
                wide("M3", 2, Map.of("genai", 3), Map.of(), 3),
                wide("M4", 2, Map.of("linkedin", 3), Map.of(), 3));
        var mentees = new ArrayList<Candidate>();
        for (int k = 0; k < 6; k++) {
            mentees.add(wide("E" + k, 25, Map.of(), Map.of("genai", 3, "linkedin", 3), 1));
        }
        var matching = new CohortMatching(List.of(new PairRule.MentorIsJunior()), MatchingWeights.defaults());
        var outcome = matching.match(mentors, mentees, List.of(), () -> false);

        var result = GroupFormation.form(outcome, matching, 0, 2, 3, 2);

        assertThat(result.groups()).hasSize(2).allSatisfy(g -> {
            assertThat(g.mentors()).hasSize(2);
            assertThat(g.mentors().get(0)).isNotEqualTo(g.mentors().get(1));
            assertThat(g.mentees()).hasSize(3);
            // One brings generative AI, the other LinkedIn: together they cover what the group wants.
            assertThat(g.mentors().stream().flatMap(m -> m.offered().keySet().stream()))
                    .containsExactlyInAnyOrder("genai", "linkedin");
        });
        var everyone = result.groups().stream()
                .flatMap(g -> g.mentors().stream())
                .map(Candidate::employeeNumber)
                .toList();
        assertThat(everyone).doesNotHaveDuplicates().hasSize(4);
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void withTwoMentorsPerGroupAGroupKeepsOneMentorWhenNoOtherIsEligible() {
        // M2 is senior to every mentee: never a mentor of theirs, so never a second mentor either.
        var mentors = List.of(
                wide("M1", 2, Map.of("genai", 4), Map.of(), 3), wide("M2", 40, Map.of("linkedin", 4), Map.of(), 3));
        var mentees = List.of(
                wide("E0", 25, Map.of(), Map.of("genai", 3, "linkedin", 3), 1),
                wide("E1", 25, Map.of(), Map.of("genai", 3, "linkedin", 3), 1));
        var matching = new CohortMatching(List.of(new PairRule.MentorIsJunior()), MatchingWeights.defaults());
        var outcome = matching.match(mentors, mentees, List.of(), () -> false);

        var result = GroupFormation.form(outcome, matching, 0, 2, 3, 2);

        assertThat(result.groups())
                .singleElement()
                .satisfies(g -> assertThat(g.mentors())
                        .extracting(Candidate::employeeNumber)
                        .containsExactly("M1"));
        assertThat(result.unmatched())
                .anySatisfy(u -> assertThat(u.person().employeeNumber()).isEqualTo("M2"));
    }

    @Test
    void aGroupNeverContainsAPairTheHardRulesForbidWithOneOrTwoMentors() {
        var random = new java.util.Random(5);
        for (int round = 0; round < 30; round++) {
            var managers = new java.util.HashMap<String, String>();
            var mentors = new ArrayList<Candidate>();
            var mentees = new ArrayList<Candidate>();
            for (int k = 0; k < 8; k++) {
                mentors.add(randomPerson("M" + k, random.nextInt(6), random, 4));
            }
            for (int k = 0; k < 14; k++) {
                mentees.add(randomPerson("E" + k, 3 + random.nextInt(30), random, 1));
            }
            var everyone = new ArrayList<Candidate>(mentors);
            everyone.addAll(mentees);
            for (var person : everyone) {
                if (random.nextInt(3) > 0) {
                    var manager = everyone.get(random.nextInt(everyone.size()));
                    if (manager != person) {
                        managers.put(person.employeeNumber(), manager.employeeNumber());
                    }
                }
            }
            var hierarchy = new Hierarchy() {
                @Override
                public boolean inOneReportingLine(String a, String b) {
                    return chain(a, managers).contains(b) || chain(b, managers).contains(a);
                }

                @Override
                public boolean sameDirectManager(String a, String b) {
                    return managers.get(a) != null && managers.get(a).equals(managers.get(b));
                }
            };
            List<PairRule> rules = List.of(
                    new PairRule.NoReportingLine(hierarchy),
                    new PairRule.NotUnderSameManager(hierarchy),
                    new PairRule.MentorIsJunior(),
                    new PairRule.SharedLanguage(),
                    new PairRule.NoAvoidWish());
            var matching = new CohortMatching(rules, MatchingWeights.defaults());
            for (int perGroup = 1; perGroup <= 2; perGroup++) {
                var outcome = matching.match(mentors, mentees, List.of(), () -> false);
                var result = GroupFormation.form(outcome, matching, 0, 2, 4, perGroup);
                var seen = new java.util.HashSet<String>();
                for (var group : result.groups()) {
                    assertThat(group.mentors()).hasSizeBetween(1, perGroup);
                    assertThat(group.mentees()).hasSizeBetween(2, 4);
                    for (var mentor : group.mentors()) {
                        assertThat(seen.add(mentor.employeeNumber())).isTrue();
                        for (var mentee : group.mentees()) {
                            assertThat(rules)
                                    .as("round %d, %s with %s", round, mentor.employeeNumber(), mentee.employeeNumber())
                                    .allMatch(rule -> rule.allows(mentor, mentee));
                        }
                    }
                    group.mentees()
                            .forEach(m ->
                                    assertThat(seen.add(m.employeeNumber())).isTrue());
                }
                var unmatched = result.unmatched().stream()
                        .map(u -> u.person().employeeNumber())
                        .toList();
                assertThat(unmatched).doesNotHaveDuplicates().noneMatch(seen::contains);
                assertThat(seen.size() + unmatched.size()).isEqualTo(mentors.size() + mentees.size());
            }
        }
    }

    private static Candidate randomPerson(String number, int seniority, java.util.Random random, int capacity) {
        var skills = List.of("genai", "linkedin", "data", "video");
        var offered = new java.util.HashMap<String, Integer>();
        var wanted = new java.util.HashMap<String, Integer>();
        for (var skill : skills) {
            if (random.nextBoolean()) {
                offered.put(skill, 1 + random.nextInt(4));
            } else if (random.nextBoolean()) {
                wanted.put(skill, 1 + random.nextInt(3));
            }
        }
        var avoided = random.nextInt(5) == 0 ? Set.of("M" + random.nextInt(8)) : Set.<String>of();
        return new Candidate(
                number,
                number + " Test",
                "D" + random.nextInt(3),
                "Paris",
                seniority,
                random.nextInt(6) == 0 ? Set.of("en") : Set.of("fr", "en"),
                offered,
                wanted,
                Set.of(),
                Candidate.Modality.BOTH,
                Set.of(),
                avoided,
                Set.of(),
                Set.of(),
                capacity);
    }

    private static Set<String> chain(String person, Map<String, String> managers) {
        var chain = new java.util.HashSet<String>();
        for (var m = managers.get(person); m != null && chain.add(m); m = managers.get(m)) {
            // up to the top
        }
        return chain;
    }
}
