package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import org.binome.people.DemoCompanyLoaded;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's pairs: the story the demo tells (pairs at every stage, one stalled) with no pair inside a reporting line. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoMentorshipsTests {

    @Autowired
    Mentorships mentorships;

    @Autowired
    Programs programs;

    @Autowired
    Directory directory;

    /** The demo's running programme, found by its name. */
    private long runningProgramme() {
        return programs.findAll().stream()
                .filter(p -> p.name().equals(DemoCompanyLoaded.RUNNING_PROGRAMME))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theDemoHasPairsAtEveryStageAndNoneInsideOneReportingLine() {
        var pairs = mentorships.pairs(runningProgramme()).stream()
                .filter(p ->
                        p.members().stream().noneMatch(m -> m.employeeNumber().startsWith("TST")))
                .toList();
        assertThat(pairs.size()).isGreaterThanOrEqualTo(13);
        assertThat(pairs)
                .extracting(PairStatus::status)
                .contains(MentorshipStatus.ACTIVE, MentorshipStatus.COMPLETED, MentorshipStatus.ENDED_EARLY);
        assertThat(pairs).anyMatch(p -> p.health() == Health.STALLED);
        assertThat(pairs).anyMatch(p -> p.status() == MentorshipStatus.ACTIVE && p.objectivesTotal() == 0);
        assertThat(pairs).anyMatch(PairStatus::group);
        for (var pair : pairs) {
            for (var a : pair.members()) {
                for (var b : pair.members()) {
                    assertThat(chain(a.employeeNumber()))
                            .as("%s above %s", b, a)
                            .doesNotContain(b.employeeNumber());
                }
            }
        }
        var demo = mentorships.participantHome("ML00022");
        var pair = demo.mentorships().stream()
                .filter(m ->
                        m.members().stream().anyMatch(p -> p.employeeNumber().equals("ML00008")))
                .findFirst()
                .orElseThrow();
        assertThat(pair.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(pair.objectivesTotal()).isPositive();
        assertThat(pair.lastSessionAt()).isNotNull();
        assertThat(demo.nextSession()).isNotNull();
        assertThat(demo.nextSession().mentorshipId()).isEqualTo(pair.id());
    }

    private java.util.Set<String> chain(String person) {
        var chain = new java.util.HashSet<String>();
        var current = directory.find(person).map(p -> p.managerNumber()).orElse(null);
        while (current != null && chain.add(current)) {
            current = directory.find(current).map(p -> p.managerNumber()).orElse(null);
        }
        return chain;
    }
}
