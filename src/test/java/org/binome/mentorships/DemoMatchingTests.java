package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.binome.matching.Matching;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoMatchingTests {

    @Autowired
    Programs programs;

    @Autowired
    Matching matching;

    @Autowired
    Mentorships mentorships;

    @Test
    void theMentorshipsOfTheRunningProgrammeAreExactlyThePairsItsMatchingRunAccepted() {
        var running = programs.findAll().stream()
                .filter(p -> p.name().equals(org.binome.people.DemoCompanyLoaded.RUNNING_PROGRAMME))
                .findFirst()
                .orElseThrow();
        var accepted = matching.acceptedProposals(running.id()).stream()
                .map(p -> {
                    var people = new HashSet<String>(p.mentors());
                    people.addAll(p.mentees());
                    return Set.copyOf(people);
                })
                .collect(Collectors.toSet());
        var opened = mentorships.pairs(running.id()).stream()
                .map(pair -> pair.members().stream()
                        .map(PartnerView::employeeNumber)
                        .collect(Collectors.toUnmodifiableSet()))
                .collect(Collectors.toSet());

        assertThat(accepted)
                .hasSizeGreaterThan(10)
                .contains(Set.of(
                        org.binome.people.DemoCompanyLoaded.YOUNG_MENTOR,
                        org.binome.people.DemoCompanyLoaded.SENIOR_MENTEE));
        assertThat(opened).containsAll(accepted);
        // The demo's group ("mentorat collectif") comes from the matching run too.
        assertThat(accepted).anyMatch(people -> people.size() > 2);
    }
}
