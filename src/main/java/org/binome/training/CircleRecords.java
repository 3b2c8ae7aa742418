package org.binome.training;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Circles, members and sessions in the database. Lists read the circles, then all their members in one query (not
 * one query per circle), and each person's name once.
 */
@Component
class CircleRecords {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    CircleRecords(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- circles ------------------------------------------------------------------------------------------------

    long insert(long programId, String name, String facilitator, List<String> members, int cadenceWeeks, String place) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into circle (program_id, name, facilitator, cadence_weeks, place, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, 0)")
                .params(programId, name, facilitator, cadenceWeeks, place, now())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("insert into circle_member (circle_id, employee_number, position, joined_at) values (?, ?, ?, ?)")
                    .params(id, members.get(i), i, now())
                    .update();
        }
        return id;
    }

    /** Marks the member as gone; false when they were not an active member. */
    boolean markLeft(long circleId, String employeeNumber) {
        return jdbc.sql("update circle_member set left_at = ? where circle_id = ? and employee_number = ?"
                                + " and left_at is null")
                        .params(now(), circleId, employeeNumber)
                        .update()
                > 0;
    }

    /** Active members of the programme's circles. */
    List<String> activeMembersIn(long programId) {
        return jdbc.sql("""
                        select m.employee_number from circle_member m join circle c on c.id = m.circle_id
                         where c.program_id = ? and m.left_at is null
                        """).param(programId).query(String.class).list();
    }

    Optional<CircleView> find(long id) {
        return circles("where id = ?", id).stream().findFirst();
    }

    List<CircleView> ofProgram(long programId) {
        return circles("where program_id = ?", programId);
    }

    /** Circles the person facilitates or belongs to (even after leaving: their past records stay theirs). */
    List<CircleView> of(String employeeNumber) {
        return circles(
                "where facilitator = ? or id in (select circle_id from circle_member where employee_number = ?)",
                employeeNumber,
                employeeNumber);
    }

    List<CircleView> all() {
        return circles("");
    }

    private List<CircleView> circles(String where, Object... params) {
        record Row(long id, long programId, String name, String facilitator, int cadence, String place, int version) {}
        var rows = jdbc.sql("select id, program_id, name, facilitator, cadence_weeks, place, version from circle "
                        + where + " order by id")
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var names = new Names();
        var members = new HashMap<Long, List<CircleView.Member>>();
        jdbc.sql("select circle_id, employee_number, position, left_at from circle_member where circle_id in (:ids)"
                        + " order by circle_id, position")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, i) -> {
                    var number = rs.getString(2);
                    members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new CircleView.Member(
                                    number,
                                    names.of(number),
                                    rs.getInt(3),
                                    instant(rs.getObject(4, OffsetDateTime.class))));
                    return null;
                })
                .list();
        return rows.stream()
                .map(r -> new CircleView(
                        r.id(),
                        r.programId(),
                        r.name(),
                        r.facilitator(),
                        names.of(r.facilitator()),
                        r.cadence(),
                        r.place(),
                        List.copyOf(members.getOrDefault(r.id(), List.of())),
                        r.version()))
                .toList();
    }

    // ---- sessions -----------------------------------------------------------------------------------------------

    List<SessionView> sessions(long circleId) {
        var names = new Names();
        return jdbc.sql("select * from circle_session where circle_id = ? order by starts_at, id")
                .param(circleId)
                .query((rs, i) -> new SessionView(
                        rs.getLong("id"),
                        rs.getLong("circle_id"),
                        instant(rs.getObject("starts_at", OffsetDateTime.class)),
                        rs.getString("place"),
                        rs.getString("client"),
                        names.of(rs.getString("client")),
                        rs.getInt("step"),
                        SessionView.SessionStatus.valueOf(rs.getString("status")),
                        rs.getString("follow_up"),
                        rs.getString("problem"),
                        rs.getString("contract"),
                        rs.getString("suggestions"),
                        rs.getString("action_plan"),
                        rs.getString("learnings"),
                        split(rs.getString("attendees")),
                        rs.getInt("sequence"),
                        rs.getInt("version")))
                .list();
    }

    Optional<SessionView> session(long circleId, long sessionId) {
        return sessions(circleId).stream().filter(s -> s.id() == sessionId).findFirst();
    }

    long insertSession(
            long circleId,
            Instant startsAt,
            String place,
            String client,
            SessionView.SessionStatus status,
            SessionRecord r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into circle_session (circle_id, starts_at, place, client, step, status, follow_up, problem,
                               contract, suggestions, action_plan, learnings, attendees, sequence, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)
                        """)
                .params(
                        circleId,
                        utc(startsAt),
                        place,
                        client,
                        r == null ? 0 : CircleStep.LEARNINGS.number(),
                        status.name(),
                        r == null ? null : r.followUp(),
                        r == null ? null : r.problem(),
                        r == null ? null : r.contract(),
                        r == null ? null : r.suggestions(),
                        r == null ? null : r.actionPlan(),
                        r == null ? null : r.learnings(),
                        r == null ? null : String.join(",", r.attendees()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void move(long sessionId, Instant startsAt, String place, int sequence) {
        jdbc.sql("update circle_session set starts_at = ?, place = ?, sequence = ?, version = version + 1 where id = ?")
                .params(utc(startsAt), place, sequence, sessionId)
                .update();
    }

    void changeClient(long sessionId, String client) {
        jdbc.sql("update circle_session set client = ? where id = ?")
                .params(client, sessionId)
                .update();
    }

    /** The six steps each record into their own column; the enum names it, never a string from a request. */
    void record(long sessionId, CircleStep step, String value) {
        var column = switch (step) {
            case OPENING -> "follow_up";
            case PRESENTATION -> "problem";
            case CONTRACT -> "contract";
            case CONSULTATION -> "suggestions";
            case SYNTHESIS -> "action_plan";
            case LEARNINGS -> "learnings";
            case CLARIFICATION -> throw new IllegalArgumentException("clarification has no record");
        };
        jdbc.sql("update circle_session set " + column + " = ? where id = ?")
                .params(value, sessionId)
                .update();
    }

    void attendees(long sessionId, List<String> attendees) {
        jdbc.sql("update circle_session set attendees = ? where id = ?")
                .params(String.join(",", attendees), sessionId)
                .update();
    }

    void stepTo(long sessionId, int step, SessionView.SessionStatus status) {
        jdbc.sql("update circle_session set step = ?, status = ?, version = version + 1 where id = ?")
                .params(step, status.name(), sessionId)
                .update();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Each person's name read once per list. */
    private final class Names {
        private final Map<String, String> known = new LinkedHashMap<>();

        String of(String employeeNumber) {
            if (employeeNumber == null) {
                return null;
            }
            return known.computeIfAbsent(
                    employeeNumber,
                    e -> directory.find(e).map(PersonView::fullName).orElse(e));
        }
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }
}
