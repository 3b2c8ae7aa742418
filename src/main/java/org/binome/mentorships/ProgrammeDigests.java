package org.binome.mentorships;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.binome.communication.DigestSource;
import org.binome.communication.ProgrammeDigest;
import org.binome.programs.ProgramStatus;
import org.binome.programs.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds the monthly sponsor digest: for each programme under way, the month's key figures (applications received and
 * sessions held during the month, pairs active and pairs to follow up at the end of it) and a link to its impact
 * dashboard. Counts only, never what pairs said or wrote.
 */
@Component
class ProgrammeDigests implements DigestSource {

    private final Programs programs;
    private final Mentorships mentorships;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    ProgrammeDigests(Programs programs, Mentorships mentorships, JdbcClient jdbc, ZoneId timeZone) {
        this.programs = programs;
        this.mentorships = mentorships;
        this.jdbc = jdbc;
        this.zone = timeZone;
    }

    @Override
    public List<ProgrammeDigest> digests(YearMonth month) {
        var from = month.atDay(1).atStartOfDay(zone).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return programs.overviews(null).stream()
                .filter(p -> p.status().atLeast(ProgramStatus.OPEN) && p.status() != ProgramStatus.CLOSED)
                .map(p -> {
                    var program = programs.find(p.id()).orElseThrow();
                    var health = mentorships.pairHealth(p.id());
                    return new ProgrammeDigest(
                            p.id(),
                            p.name(),
                            program.sponsors(),
                            programs.applicationRecords(List.of(p.id())).stream()
                                    .filter(a -> !a.submittedAt().isBefore(from)
                                            && a.submittedAt().isBefore(to))
                                    .count(),
                            health.active(),
                            sessionsHeld(p.id(), from, to),
                            health.stalled(),
                            "/sponsor?programme=" + p.id());
                })
                .toList();
    }

    /** Sessions of the programme's pairs that took place in [from, to) (planned, not cancelled). */
    private long sessionsHeld(long programId, Instant from, Instant to) {
        return jdbc.sql("select count(*) from mentorship_session s join mentorship x on x.id = s.mentorship_id"
                        + " where x.program_id = :programme and s.status = 'PLANNED'"
                        + " and s.starts_at >= :from and s.starts_at < :to")
                .param("programme", programId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Long.class)
                .single();
    }
}
