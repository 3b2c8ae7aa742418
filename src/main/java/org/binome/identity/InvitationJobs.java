package org.binome.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bulk invitations as rows: progress, counts, and the people who could not be invited with the reason. */
@Component
class InvitationJobs {

    enum Status {
        RUNNING,
        FINISHED,
        INTERRUPTED
    }

    record Job(
            long id,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            String audience,
            boolean resend,
            Status status,
            int total,
            int done,
            int invited,
            int skipped,
            int refused) {

        public int percent() {
            return total == 0 ? (status == Status.RUNNING ? 0 : 100) : (int) (100L * done / total);
        }
    }

    record Problem(String employeeNumber, String name, String reason) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final Clock clock;

    InvitationJobs(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    long create(String startedBy, String audience, boolean resend) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into invitation_job (started_by, started_at, audience, resend, status)"
                        + " values (?, ?, ?, ?, 'RUNNING')")
                .params(startedBy, Timestamp.from(clock.instant()), audience, resend)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void total(long id, int total) {
        jdbc.sql("update invitation_job set total = ? where id = ?")
                .params(total, id)
                .update();
    }

    void progress(long id, int done, int invited, int skipped, int refused) {
        jdbc.sql("update invitation_job set done = done + ?, invited = invited + ?, skipped = skipped + ?,"
                        + " refused = refused + ? where id = ?")
                .params(done, invited, skipped, refused, id)
                .update();
    }

    void problems(long id, java.util.List<Problem> problems) {
        if (!problems.isEmpty()) {
            batch.batchUpdate(
                    "insert into invitation_problem (job_id, employee_number, name, reason) values (?, ?, ?, ?)",
                    problems.stream()
                            .map(p -> new Object[] {id, p.employeeNumber(), p.name(), p.reason()})
                            .toList());
        }
    }

    void finish(long id, Status status) {
        jdbc.sql("update invitation_job set status = ?, finished_at = ? where id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), id)
                .update();
    }

    int interruptRunning() {
        return jdbc.sql("update invitation_job set status = 'INTERRUPTED' where status = 'RUNNING'")
                .update();
    }

    Optional<Job> find(long id) {
        return jdbc.sql("select id, started_by, started_at, finished_at, audience, resend, status, total, done,"
                        + " invited, skipped, refused from invitation_job where id = ?")
                .param(id)
                .query((rs, i) -> new Job(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getBoolean(6),
                        Status.valueOf(rs.getString(7)),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12)))
                .optional();
    }

    List<Problem> problems(long id, int limit) {
        return jdbc.sql("select employee_number, name, reason from invitation_problem where job_id = ?"
                        + " order by id limit ?")
                .params(id, limit)
                .query((rs, i) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
