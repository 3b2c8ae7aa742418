package org.binome.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.binome.communication.Attachment;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Codevelopment circles: forming them, scheduling sessions, the client rotation and the guided six steps. */
@Component
class Circles {

    static final int MIN_MEMBERS = 4;
    static final int MAX_MEMBERS = 8;
    static final int MIN_WEEKS = 2;
    static final int MAX_WEEKS = 6;
    static final int SESSION_MINUTES = 120;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Programs programs;
    private final Notifications notifications;
    private final Clock clock;

    Circles(JdbcClient jdbc, Directory directory, Programs programs, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.programs = programs;
        this.notifications = notifications;
        this.clock = clock;
    }

    // ---- forming ------------------------------------------------------------------------------------------------

    long form(long programId, String name, String facilitator, List<String> members, int cadenceWeeks, String place) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw RuleViolation.invalid("training.circle.name.invalid");
        }
        var distinct = new ArrayList<>(new LinkedHashSet<>(members));
        if (distinct.size() < MIN_MEMBERS || distinct.size() > MAX_MEMBERS) {
            throw RuleViolation.invalid("training.circle.size", distinct.size());
        }
        checkCadence(cadenceWeeks);
        if (facilitator == null
                || facilitator.isBlank()
                || directory.find(facilitator).isEmpty()) {
            throw RuleViolation.invalid("training.circle.facilitator.invalid");
        }
        for (var member : distinct) {
            if (!programs.isAcceptedParticipant(programId, member, ParticipantRole.MENTOR)) {
                throw RuleViolation.invalid("training.circle.notMentor", nameOf(member));
            }
        }
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                if (inOneReportingLine(distinct.get(i), distinct.get(j))) {
                    throw RuleViolation.invalid(
                            "training.circle.reportingLine", nameOf(distinct.get(i)), nameOf(distinct.get(j)));
                }
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into circle (program_id, name, facilitator, cadence_weeks, place, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, 0)")
                .params(programId, name.strip(), facilitator, cadenceWeeks, place, now())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < distinct.size(); i++) {
            jdbc.sql("insert into circle_member (circle_id, employee_number, position, joined_at) values (?, ?, ?, ?)")
                    .params(id, distinct.get(i), i, now())
                    .update();
        }
        return id;
    }

    /**
     * Suggested circles for the accepted mentors not yet in a circle of the programme. Greedy: mentors in employee
     * number order each join the smallest group where nobody sits in their reporting line (above or below them);
     * ceil(n / 8) groups so none exceeds eight. A mentor who fits nowhere is left out, and a group that ends with fewer
     * than four is reported as such rather than formed.
     */
    List<List<String>> suggest(long programId) {
        var taken =
                new HashSet<>(jdbc.sql("""
                        select m.employee_number from circle_member m join circle c on c.id = m.circle_id
                         where c.program_id = ? and m.left_at is null
                        """).param(programId).query(String.class).list());
        var mentors = programs.acceptedApplicants(programId, ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .filter(e -> !taken.contains(e))
                .sorted()
                .toList();
        if (mentors.isEmpty()) {
            return List.of();
        }
        int groups = Math.max(1, (mentors.size() + MAX_MEMBERS - 1) / MAX_MEMBERS);
        var result = new ArrayList<List<String>>();
        for (int g = 0; g < groups; g++) {
            result.add(new ArrayList<>());
        }
        for (var mentor : mentors) {
            result.stream()
                    .filter(group -> group.size() < MAX_MEMBERS)
                    .filter(group -> group.stream().noneMatch(other -> inOneReportingLine(mentor, other)))
                    .min(Comparator.comparingInt(List::size))
                    .ifPresent(group -> group.add(mentor));
        }
        return result;
    }

    /** True when one of the two is the other's manager, direct or not. */
    boolean inOneReportingLine(String a, String b) {
        return chain(a).contains(b) || chain(b).contains(a);
    }

    private Set<String> chain(String employeeNumber) {
        var managers = new LinkedHashSet<String>();
        var current =
                directory.find(employeeNumber).map(PersonView::managerNumber).orElse(null);
        while (current != null && managers.add(current) && managers.size() < 50) {
            current = directory.find(current).map(PersonView::managerNumber).orElse(null);
        }
        return managers;
    }

    void leave(long circleId, String employeeNumber) {
        var changed = jdbc.sql("update circle_member set left_at = ? where circle_id = ? and employee_number = ?"
                        + " and left_at is null")
                .params(now(), circleId, employeeNumber)
                .update();
        if (changed == 0) {
            throw RuleViolation.notFound("training.error.notFound");
        }
        // A planned session whose client left gets the next person in the rotation, so nobody is skipped twice.
        var circle = find(circleId).orElseThrow();
        for (var session : sessions(circleId)) {
            if (session.status() == SessionView.SessionStatus.PLANNED
                    && session.client().equals(employeeNumber)) {
                var past = new ArrayList<>(clientsBefore(circleId, session.id()));
                var next = Rotation.next(circle.activeNumbers(), past);
                next.ifPresent(client -> jdbc.sql("update circle_session set client = ? where id = ?")
                        .params(client, session.id())
                        .update());
            }
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    Optional<CircleView> find(long id) {
        var members = jdbc.sql("select * from circle_member where circle_id = ? order by position")
                .param(id)
                .query((rs, i) -> new CircleView.Member(
                        rs.getString("employee_number"),
                        nameOf(rs.getString("employee_number")),
                        rs.getInt("position"),
                        instant(rs.getObject("left_at", OffsetDateTime.class))))
                .list();
        return jdbc.sql("select * from circle where id = ?")
                .param(id)
                .query((rs, i) -> new CircleView(
                        rs.getLong("id"),
                        rs.getLong("program_id"),
                        rs.getString("name"),
                        rs.getString("facilitator"),
                        nameOf(rs.getString("facilitator")),
                        rs.getInt("cadence_weeks"),
                        rs.getString("place"),
                        members,
                        rs.getInt("version")))
                .optional();
    }

    List<CircleView> ofProgram(long programId) {
        return jdbc
                .sql("select id from circle where program_id = ? order by id")
                .param(programId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Circles the person facilitates or belongs to (even after leaving: their past records stay theirs). */
    List<CircleView> of(String employeeNumber) {
        return jdbc.sql("""
                        select distinct c.id from circle c left join circle_member m on m.circle_id = c.id
                         where c.facilitator = ? or m.employee_number = ? order by c.id
                        """).params(employeeNumber, employeeNumber).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    List<CircleView> all() {
        return jdbc.sql("select id from circle order by id").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    List<SessionView> sessions(long circleId) {
        return jdbc.sql("select * from circle_session where circle_id = ? order by starts_at, id")
                .param(circleId)
                .query((rs, i) -> new SessionView(
                        rs.getLong("id"),
                        rs.getLong("circle_id"),
                        instant(rs.getObject("starts_at", OffsetDateTime.class)),
                        rs.getString("place"),
                        rs.getString("client"),
                        nameOf(rs.getString("client")),
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

    /** The session held just before this one, whose client opens this one with their follow-up. */
    Optional<SessionView> previous(long circleId, long sessionId) {
        SessionView previous = null;
        for (var s : sessions(circleId)) {
            if (s.id() == sessionId) {
                return Optional.ofNullable(previous);
            }
            previous = s;
        }
        return Optional.empty();
    }

    private List<String> clientsBefore(long circleId, long sessionId) {
        var clients = new ArrayList<String>();
        for (var s : sessions(circleId)) {
            if (s.id() == sessionId) {
                break;
            }
            clients.add(s.client());
        }
        return clients;
    }

    // ---- sessions -----------------------------------------------------------------------------------------------

    /**
     * Plans the next session: 2 to 6 weeks after the previous one (and in the future), with the next client of the
     * rotation, and sends every active member and the facilitator a calendar invitation.
     */
    long schedule(long circleId, Instant startsAt, String place) {
        var circle = find(circleId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        if (startsAt == null || startsAt.isBefore(clock.instant())) {
            throw RuleViolation.invalid("training.session.inPast");
        }
        var last = sessions(circleId).stream().reduce((a, b) -> b);
        if (last.isPresent()) {
            var gap = Duration.between(last.get().startsAt(), startsAt);
            if (gap.compareTo(Duration.ofDays(7L * MIN_WEEKS)) < 0
                    || gap.compareTo(Duration.ofDays(7L * MAX_WEEKS)) > 0) {
                throw RuleViolation.invalid("training.session.cadence", MIN_WEEKS, MAX_WEEKS);
            }
        }
        if (circle.activeMembers().size() < MIN_MEMBERS) {
            throw RuleViolation.invalid("training.circle.tooFewActive", MIN_MEMBERS);
        }
        var id = insertSession(circle, startsAt, place, "PLANNED", null);
        invite(circle, id, startsAt, place == null || place.isBlank() ? circle.place() : place, 0);
        return id;
    }

    /**
     * Moves a planned session: same rules as planning it, the same calendar UID with a higher SEQUENCE so calendars
     * update the event instead of adding a second one.
     */
    void reschedule(long circleId, long sessionId, Instant startsAt, String place) {
        var circle = find(circleId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        var session = session(circleId, sessionId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        if (session.status() != SessionView.SessionStatus.PLANNED) {
            throw RuleViolation.conflict("training.session.notPlanned");
        }
        if (startsAt == null || startsAt.isBefore(clock.instant())) {
            throw RuleViolation.invalid("training.session.inPast");
        }
        var before = previous(circleId, sessionId);
        if (before.isPresent()) {
            var gap = Duration.between(before.get().startsAt(), startsAt);
            if (gap.compareTo(Duration.ofDays(7L * MIN_WEEKS)) < 0
                    || gap.compareTo(Duration.ofDays(7L * MAX_WEEKS)) > 0) {
                throw RuleViolation.invalid("training.session.cadence", MIN_WEEKS, MAX_WEEKS);
            }
        }
        var where = place == null || place.isBlank() ? session.place() : place.strip();
        int sequence = session.sequence() + 1;
        jdbc.sql("update circle_session set starts_at = ?, place = ?, sequence = ?, version = version + 1 where id = ?")
                .params(OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC), where, sequence, sessionId)
                .update();
        invite(circle, sessionId, startsAt, where, sequence);
    }

    /** Records a session held in the past with its content (import and demo data): no invitation is sent. */
    long recordHeld(long circleId, Instant startsAt, String place, SessionRecord record) {
        var circle = find(circleId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        var id = insertSession(circle, startsAt, place, "DONE", record);
        return id;
    }

    private long insertSession(CircleView circle, Instant startsAt, String place, String status, SessionRecord r) {
        var client = Rotation.next(
                        circle.activeNumbers(),
                        sessions(circle.id()).stream().map(SessionView::client).toList())
                .orElseThrow(() -> RuleViolation.invalid("training.circle.tooFewActive", MIN_MEMBERS));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into circle_session (circle_id, starts_at, place, client, step, status, follow_up, problem,
                               contract, suggestions, action_plan, learnings, attendees, sequence, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)
                        """)
                .params(
                        circle.id(),
                        OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC),
                        place == null || place.isBlank() ? circle.place() : place.strip(),
                        client,
                        r == null ? 0 : CircleStep.LEARNINGS.number(),
                        status,
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

    private void invite(CircleView circle, long sessionId, Instant startsAt, String place, int sequence) {
        var ics = CalendarInvitation.of(
                "circle-session-" + sessionId + "@binome",
                sequence,
                startsAt,
                SESSION_MINUTES,
                circle.name(),
                place,
                clock.instant());
        var invitation = Notification.of(
                        circle.facilitator(),
                        "circle.planned",
                        Map.of(
                                "circle",
                                circle.name(),
                                "date",
                                startsAt.atZone(CalendarInvitation.PARIS),
                                "place",
                                place == null ? "" : place))
                .withAttachments(Attachment.calendar("codeveloppement.ics", ics))
                .withIdempotencyKey("circle-session:" + sessionId + ":" + sequence);
        notifications.notify(invitation.withLink("/facilitation/circles/" + circle.id()));
        notifications.notify(circle.activeNumbers(), invitation.withLink("/me/circles/" + circle.id()));
    }

    /**
     * Saves what the facilitator typed for the current step and moves to another step. Leaving a step forward
     * requires its record (clarification has none); what was typed is saved even when the move is refused.
     */
    record StepResult(SessionView session, String problem) {}

    StepResult step(long circleId, long sessionId, int version, String text, String move, List<String> attendees) {
        var session = session(circleId, sessionId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        if (session.version() != version) {
            // Nothing is saved over the other change; the page shows it with what this person typed.
            return new StepResult(session, "training.error.conflict");
        }
        if (session.status() == SessionView.SessionStatus.DONE) {
            throw RuleViolation.conflict("training.session.closed");
        }
        var step = session.currentStep();
        var value = text == null ? null : text.strip();
        if (value != null && value.length() > 20_000) {
            throw RuleViolation.invalid("training.field.tooLong", 20_000);
        }
        if (step.field() != null && value != null) {
            var column = switch (step.field()) {
                case "followUp" -> "follow_up";
                case "problem" -> "problem";
                case "contract" -> "contract";
                case "suggestions" -> "suggestions";
                case "actionPlan" -> "action_plan";
                default -> "learnings";
            };
            jdbc.sql("update circle_session set " + column + " = ? where id = ?")
                    .params(value.isEmpty() ? null : value, sessionId)
                    .update();
        }
        if (attendees != null) {
            var circle = find(circleId).orElseThrow();
            var valid = attendees.stream().filter(circle::isMember).distinct().toList();
            jdbc.sql("update circle_session set attendees = ? where id = ?")
                    .params(String.join(",", valid), sessionId)
                    .update();
        }
        int target = step.number();
        String status = "OPEN";
        boolean forward = "next".equals(move) || "finish".equals(move);
        if (forward && step.requiresRecord() && (value == null || value.isEmpty())) {
            bump(sessionId, target, status);
            return new StepResult(session(circleId, sessionId).orElseThrow(), "training.session.emptyStep");
        }
        if ("next".equals(move)) {
            target = Math.min(CircleStep.LEARNINGS.number(), target + 1);
        } else if ("previous".equals(move)) {
            target = Math.max(0, target - 1);
        } else if ("finish".equals(move)) {
            if (step != CircleStep.LEARNINGS) {
                bump(sessionId, target, status);
                return new StepResult(session(circleId, sessionId).orElseThrow(), "training.session.notLastStep");
            }
            status = "DONE";
        }
        bump(sessionId, target, status);
        return new StepResult(session(circleId, sessionId).orElseThrow(), null);
    }

    private void bump(long sessionId, int step, String status) {
        jdbc.sql("update circle_session set step = ?, status = ?, version = version + 1 where id = ?")
                .params(step, status, sessionId)
                .update();
    }

    private String nameOf(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static void checkCadence(int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw RuleViolation.invalid("training.session.cadence", MIN_WEEKS, MAX_WEEKS);
        }
    }
}
