package org.binome.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention: each category's data older than its duration goes. The daily job runs on one node (ShedLock) and only
 * when {@code binome.privacy.retention.enabled=true}; the dry run (the administrators' report) counts the same rows
 * without touching them. Every step is idempotent and commits on its own: a purge interrupted mid-way leaves what it
 * finished done and the rest for the next run.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** One category in a report: its duration, the cutoff, and how many rows or people are (or were) concerned. */
    record Line(String category, long days, Instant cutoff, long count) {}

    private final RecordOfProcessing record;
    private final List<PersonalData> holders;
    private final AuditLog audit;
    private final Erasures erasures;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean enabled;

    Retention(
            RecordOfProcessing record,
            List<PersonalData> holders,
            AuditLog audit,
            Erasures erasures,
            Clock clock,
            ZoneId zone,
            @Value("${binome.privacy.retention.enabled:false}") boolean enabled) {
        this.record = record;
        this.holders = holders;
        this.audit = audit;
        this.erasures = erasures;
        this.clock = clock;
        this.zone = zone;
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    @Scheduled(cron = "${binome.privacy.retention.cron:0 30 3 * * *}", zone = "${binome.time-zone}")
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void daily() {
        if (enabled) {
            run(false);
        }
    }

    /** Purges (or, in a dry run, counts) every category. */
    List<Line> run(boolean dryRun) {
        var now = clock.instant();
        var lines = new ArrayList<Line>();
        for (var retention : record.retentions()) {
            var cutoff = now.minus(retention.duration());
            long count = switch (retention.key()) {
                case "departed" -> departed(LocalDate.ofInstant(cutoff, zone), dryRun);
                case "audit" -> dryRun ? audit.countBefore(cutoff) : audit.purgeBefore(cutoff);
                default ->
                    holders.stream()
                            .mapToLong(h -> h.purge(retention.key(), cutoff, dryRun))
                            .sum();
            };
            lines.add(new Line(retention.key(), retention.duration().toDays(), cutoff, count));
        }
        if (!dryRun) {
            audit.record(
                    null,
                    "RETENTION_PURGED",
                    "retention",
                    null,
                    String.join(
                            ", ",
                            lines.stream()
                                    .map(l -> l.category() + " " + l.count())
                                    .toList()));
            log.info("Retention purge: {}", lines);
        }
        return lines;
    }

    private long departed(LocalDate leftBefore, boolean dryRun) {
        var people = holders.stream()
                .flatMap(h -> h.departedBefore(leftBefore).stream())
                .distinct()
                .toList();
        if (dryRun) {
            return people.size();
        }
        long erased = 0;
        for (var person : people) {
            try {
                erasures.erase(person, true, null, Erasures.Reason.RETENTION);
                erased++;
            } catch (RuntimeException e) {
                // One person's failure (an erasure running from a request) must not stop the others.
                log.warn("Retention could not erase a departed person yet: {}", e.getMessage());
            }
        }
        return erased;
    }
}
