package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ProgrammeDigestsTests {

    @Autowired
    ProgrammeDigests digests;

    @Test
    void theChiefExecutiveSponsorsGetTheRunningProgrammesFiguresWithoutAnyContent() {
        var all = digests.digests(YearMonth.now());

        assertThat(all).isNotEmpty();
        var running = all.stream()
                .filter(d -> d.programmeName().contains("2026"))
                .findFirst()
                .orElseThrow();
        assertThat(running.sponsors()).contains("ML00001");
        assertThat(running.activePairs()).isPositive();
        assertThat(running.sessionsHeld()).isPositive();
        assertThat(running.applications()).isEqualTo(40);
        assertThat(running.link())
                .as("the digest opens the programme's impact dashboard")
                .isEqualTo("/sponsor?programme=" + running.programmeId());
    }
}
