package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.binome.mentorships.Mentorships;
import org.binome.mentorships.PairRecord;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.support.MovingClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new day on the demo's programmes: the kept records recount the pairs whose session counts or health change with
 * time alone by then ({@link PairRecord#recountAt()}, from {@code PairHealth.Facts.changesOn}) and no other, and end up
 * as a full read of that day would.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
@Import(MovingClock.Replacing.class)
class ImpactNewDayTests {

    @Autowired
    MovingClock clock;

    @Autowired
    ImpactRecords records;

    @Autowired
    Programs programs;

    @Autowired
    Mentorships mentorships;

    @Test
    void aNewDayRecountsOnlyThePairsWhoseCountsOrHealthChangeByThenAndGetsWhatAFullReadGets() {
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        records.clear();
        var before = records.of(all);
        var today = LocalDate.now(clock);
        var tomorrow = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        // The first moment of a later day at which some pair changes with time alone; the clock moves there.
        var moment = before.pairs().stream()
                .map(PairRecord::recountAt)
                .filter(Objects::nonNull)
                .filter(at -> !at.isBefore(tomorrow))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        var due = before.pairs().stream()
                .filter(p -> p.recountAt() != null && !p.recountAt().isAfter(moment))
                .map(PairRecord::id)
                .toList();
        assertThat(due).as("some pairs change by then, not all").isNotEmpty();
        assertThat(due.size()).isLessThan(before.pairs().size());

        clock.set(moment);
        try {
            long read = records.pairsRead();
            var after = records.of(all);

            assertThat(after.today()).as("a new day").isAfter(today);
            assertThat(records.pairsRead() - read)
                    .as("the pairs due by then read again, no other")
                    .isEqualTo(due.size());
            assertThat(after.pairs())
                    .as("the same records as every pair read that day")
                    .isEqualTo(mentorships.pairRecords(all));
        } finally {
            clock.set(Instant.now());
            records.clear();
        }
    }
}
