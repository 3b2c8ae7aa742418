package org.binome.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Participants' requests for one of their suggestions, waiting for the administrator's confirmation. */
@Component
class MatchingRequests {

    record Request(long id, long programId, String mentor, String mentee, String requestedBy, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MatchingRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the request once; asking again for the same partner changes nothing. */
    void request(long programId, String mentor, String mentee, String requestedBy) {
        var existing = jdbc.sql("select count(*) from matching_request where program_id = :p and mentor = :m"
                        + " and mentee = :e and status = 'PENDING'")
                .param("p", programId)
                .param("m", mentor)
                .param("e", mentee)
                .query(Long.class)
                .single();
        if (existing > 0) {
            return;
        }
        jdbc.sql("insert into matching_request (program_id, mentor, mentee, requested_by, status, created_at)"
                        + " values (:p, :m, :e, :by, 'PENDING', :now)")
                .param("p", programId)
                .param("m", mentor)
                .param("e", mentee)
                .param("by", requestedBy)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    List<Request> pending(long programId) {
        return jdbc.sql("select id, program_id, mentor, mentee, requested_by, created_at from matching_request"
                        + " where program_id = :p and status = 'PENDING' order by id")
                .param("p", programId)
                .query((rs, i) -> new Request(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    List<Request> pendingBy(String employeeNumber) {
        return jdbc.sql("select id, program_id, mentor, mentee, requested_by, created_at from matching_request"
                        + " where requested_by = :by and status = 'PENDING' order by id")
                .param("by", employeeNumber)
                .query((rs, i) -> new Request(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    Request pending(long programId, long requestId) {
        return pending(programId).stream()
                .filter(r -> r.id() == requestId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("matching.error.notFound"));
    }

    void confirm(long requestId) {
        jdbc.sql("update matching_request set status = 'CONFIRMED', version = version + 1 where id = :id")
                .param("id", requestId)
                .update();
    }
}
