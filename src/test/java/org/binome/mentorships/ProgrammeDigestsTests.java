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
        var running = running(all);
        assertThat(running.sponsors()).contains("ML00001");
        assertThat(running.activePairs()).isPositive();
        assertThat(running.applications())
                .as("the demo's 40 applications were all received this month")
                .isEqualTo(40);
        assertThat(running.link())
                .as("the digest opens the programme's impact dashboard")
                .isEqualTo("/sponsor?programme=" + running.programmeId());
    }

    @Test
    void theDigestCountsTheMonthsSessionsAndApplicationsOnly() {
        // The demo pairs met 14, 20, 22, 40, 45... days ago: some sessions fall in the month of 14 days ago; none
        // in a month that has not come yet.
        var aFortnightAgo = YearMonth.from(java.time.LocalDate.now().minusDays(14));
        var later = YearMonth.now().plusMonths(2);

        assertThat(running(digests.digests(aFortnightAgo)).sessionsHeld()).isPositive();
        var future = running(digests.digests(later));
        assertThat(future.sessionsHeld()).isZero();
        assertThat(future.applications()).isZero();
        assertThat(future.activePairs())
                .as("pairs active now, whatever the month")
                .isPositive();
    }

    private static org.binome.communication.ProgrammeDigest running(
            java.util.List<org.binome.communication.ProgrammeDigest> all) {
        return all.stream()
                .filter(d -> d.programmeName().contains("2026"))
                .findFirst()
                .orElseThrow();
    }
}
