package org.binome.mentorships;

import java.time.YearMonth;
import java.util.List;
import org.binome.communication.DigestSource;
import org.binome.communication.ProgrammeDigest;
import org.binome.programs.ProgramStatus;
import org.binome.programs.Programs;
import org.springframework.stereotype.Component;

/**
 * Feeds the monthly sponsor digest: for each programme under way, its applications and how its pairs are doing.
 * Counts only, never what pairs said or wrote.
 */
@Component
class ProgrammeDigests implements DigestSource {

    private final Programs programs;
    private final Mentorships mentorships;

    ProgrammeDigests(Programs programs, Mentorships mentorships) {
        this.programs = programs;
        this.mentorships = mentorships;
    }

    @Override
    public List<ProgrammeDigest> digests(YearMonth month) {
        return programs.overviews(null).stream()
                .filter(p -> p.status().atLeast(ProgramStatus.OPEN) && p.status() != ProgramStatus.CLOSED)
                .map(p -> {
                    var program = programs.find(p.id()).orElseThrow();
                    var health = mentorships.pairHealth(p.id());
                    return new ProgrammeDigest(
                            p.id(),
                            p.name(),
                            program.sponsors(),
                            p.mentorApplications() + p.menteeApplications(),
                            health.active(),
                            health.sessionsHeld(),
                            health.stalled(),
                            "/sponsor?programme=" + p.id());
                })
                .toList();
    }
}
