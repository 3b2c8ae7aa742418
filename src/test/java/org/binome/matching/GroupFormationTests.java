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
}
