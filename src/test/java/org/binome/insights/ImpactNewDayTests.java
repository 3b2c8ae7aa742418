package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import org.binome.mentorships.Mentorships;
import org.binome.mentorships.PairRecord;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new day on the demo's programmes: the kept records recount the pairs whose session counts or health change with
 * time alone by then ({@link PairRecord#recountAt()}, from {@code PairHealth.Facts.changesOn}) and no other, and end up
 * as a full read of that day would.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
class ImpactNewDayTests {

    /** The application's one clock, replaced by one the test moves. */
    @TestConfiguration
    static class MovingTime {
        @Bean
        @Primary
        MovingClock movingClock(ZoneId zone) {
            return new MovingClock(Instant.now(), zone);
        }
    }

    static final class MovingClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovingClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.fixed(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

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
