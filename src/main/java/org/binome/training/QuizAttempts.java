package org.binome.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits quiz attempts so that the training gate cannot be brute-forced: a quiz of three questions with four choices
 * has only 64 combinations, and each attempt returns a score. Three failed attempts are free; then each further one
 * waits 10 minutes, 20, 40… up to a day after the previous one. An attempt is counted before it is graded, with a
 * compare-and-set, so parallel submissions cannot all be graded at once; a pass clears the count.
 */
@Component
class QuizAttempts {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofMinutes(10);
    static final Duration LONGEST_WAIT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    QuizAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long someone who failed this many times waits after their last attempt. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        var wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, failures - FREE_FAILURES));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private record Row(int failures, Instant lastAttemptAt, int version) {}

    /**
     * Counts an attempt (as failed until {@link #passed} says otherwise). Empty when it may be graded now, else how
     * long to wait.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> claim(long moduleId, String employeeNumber) {
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var row = read(moduleId, employeeNumber);
        if (row.isEmpty()) {
            try {
                jdbc.sql("insert into quiz_attempts (module_id, employee_number, failures, last_attempt_at, version)"
                                + " values (?, ?, 1, ?, 0)")
                        .params(moduleId, employeeNumber, utc(now))
                        .update();
                return Optional.empty();
            } catch (DataIntegrityViolationException parallel) {
                return Optional.of(Duration.ofSeconds(1));
            }
        }
        var current = row.get();
        var until = current.lastAttemptAt().plus(waitAfter(current.failures()));
        if (until.isAfter(now)) {
            return Optional.of(Duration.between(now, until));
        }
        var changed = jdbc.sql("update quiz_attempts set failures = failures + 1, last_attempt_at = ?,"
                        + " version = version + 1 where module_id = ? and employee_number = ? and version = ?")
                .params(utc(now), moduleId, employeeNumber, current.version())
                .update();
        return changed == 1 ? Optional.empty() : Optional.of(Duration.ofSeconds(1));
    }

    /** An attempt that was not a real try (a question left unanswered): it does not count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refund(long moduleId, String employeeNumber) {
        jdbc.sql("update quiz_attempts set failures = failures - 1, version = version + 1"
                        + " where module_id = ? and employee_number = ? and failures > 0")
                .params(moduleId, employeeNumber)
                .update();
    }

    void passed(long moduleId, String employeeNumber) {
        jdbc.sql("delete from quiz_attempts where module_id = ? and employee_number = ?")
                .params(moduleId, employeeNumber)
                .update();
    }

    private Optional<Row> read(long moduleId, String employeeNumber) {
        return jdbc.sql("select failures, last_attempt_at, version from quiz_attempts"
                        + " where module_id = ? and employee_number = ?")
                .params(moduleId, employeeNumber)
                .query((rs, i) -> new Row(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3)))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
