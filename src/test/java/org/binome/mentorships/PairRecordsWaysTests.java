package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The pairs' session figures counted both ways, on the same rows: grouped by the database (PostgreSQL's way) and
 * streamed row by row and counted in Java (H2's way: a table scan for a full read, through the join for a few pairs or
 * one programme among many). Run on H2 and PostgreSQL ({@code -Dbinome.test.database=postgres}).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
// The same context as ImpactPagesTests and ImpactNodesTests (a demo of its own).
@TestPropertySource(properties = "binome.insights.cache-for=PT5M")
class PairRecordsWaysTests {

    @Autowired
    PairRecords records;

    @Autowired
    Programs programs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void putBack() {
        records.countSessionsHere(null);
        jdbc.update("delete from mentorship_session where ical_uid like 'ways-%'");
    }

    private List<PairRecord> read(boolean streamed, java.util.function.Supplier<List<PairRecord>> how) {
        records.countSessionsHere(streamed);
        return how.get();
    }

    private void session(long pair, String uid, Instant at, int minutes, String status) {
        jdbc.update(
                "insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes,"
                        + " meeting_format, status, planned_by) values (?, ?, ?, ?, 'REMOTE', ?, 'ML00001')",
                pair,
                uid,
                Timestamp.from(at),
                minutes,
                status);
    }

    @Test
    void groupedByTheDatabaseAndCountedRowByRowGiveTheSameRecords() {
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        long pair = jdbc.queryForObject(
                "select min(id) from mentorship where program_id = 1 and status = 'ACTIVE'", Long.class);
        var before = read(false, () -> records.ofPairs(List.of(pair))).get(0);
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // By hand: two held more than 30 days ago (one before the pair's last held one, perhaps), two within the last
        // 30
        // days, one cancelled (not counted), one to come.
        session(pair, "ways-old", now.minus(Duration.ofDays(200)), 60, "PLANNED");
        session(pair, "ways-older", now.minus(Duration.ofDays(400)), 15, "PLANNED");
        session(pair, "ways-recent", now.minus(Duration.ofDays(29)), 45, "PLANNED");
        session(pair, "ways-hour", now.minus(Duration.ofHours(1)), 30, "PLANNED");
        session(pair, "ways-cancelled", now.minus(Duration.ofDays(3)), 90, "CANCELLED");
        session(pair, "ways-next", now.plus(Duration.ofDays(3)), 60, "PLANNED");

        var grouped = read(false, () -> records.ofPairs(List.of(pair))).get(0);
        assertThat(grouped.sessionsHeld()).as("four more held").isEqualTo(before.sessionsHeld() + 4);
        assertThat(grouped.minutesHeld()).as("60 + 15 + 45 + 30 minutes more").isEqualTo(before.minutesHeld() + 150);
        assertThat(grouped.sessionsLast30Days())
                .as("two more in the last 30 days")
                .isEqualTo(before.sessionsLast30Days() + 2);
        assertThat(grouped.recountAt())
                .as("at the latest when the one to come starts")
                .isBeforeOrEqualTo(now.plus(Duration.ofDays(3)));

        assertThat(read(true, () -> records.ofPairs(List.of(pair))))
                .as("this pair, counted row by row")
                .containsExactly(grouped);
        assertThat(read(true, () -> records.of(all)))
                .as("every programme (a scan of the sessions), row by row")
                .isEqualTo(read(false, () -> records.of(all)));
        assertThat(read(true, () -> records.of(List.of(1L))))
                .as("one programme, row by row")
                .isEqualTo(read(false, () -> records.of(List.of(1L))));
    }
}
