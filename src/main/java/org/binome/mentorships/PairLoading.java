package org.binome.mentorships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs with their members in one query, a page of them in two (Spring Data JDBC reads each pair's members with a
 * query of its own: a page of 200 pairs ran 200 more statements). The repository saves.
 */
@Component
class PairLoading {

    private static final String COLUMNS = "m.id, m.program_id, m.proposal_id, m.status, m.created_at, m.started_on,"
            + " m.ended_on, m.end_reason, m.end_message, m.ended_by, m.ended_by_administrator, m.rematch_offered,"
            + " m.version";

    private final JdbcClient jdbc;

    PairLoading(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One pair with its members, as the repository would read it (same fields, same version, members in their order),
     * so that it may be changed and saved through the repository; without Spring Data JDBC's mapping of the aggregate,
     * which was 5 % of a pair page's samples.
     */
    Optional<Mentorship> byId(long id) {
        return withMembers(" where m.id = :id", Map.of("id", id), "m.id").stream()
                .findFirst();
    }

    /**
     * The pair's notes that {@code reader} may read (the shared ones and their own), newest first: the other members'
     * private notes never leave the database. Plain SQL mapped to the note: the repository's mapping was 3.8 % of a
     * pair page's CPU.
     */
    List<Note> notesReadableBy(long mentorshipId, String reader) {
        return jdbc.sql("select id, mentorship_id, author, shared, body, created_at, version from mentorship_note"
                        + " where mentorship_id = :pair and (shared = true or author = :reader)"
                        + " order by created_at desc, id desc")
                .param("pair", mentorshipId)
                .param("reader", reader)
                .query((rs, i) -> {
                    var note = new Note();
                    note.id = rs.getLong(1);
                    note.mentorshipId = rs.getLong(2);
                    note.author = rs.getString(3);
                    note.shared = rs.getBoolean(4);
                    note.body = rs.getString(5);
                    note.createdAt = rs.getTimestamp(6).toInstant();
                    note.version = rs.getObject(7, Integer.class);
                    return note;
                })
                .list();
    }

    /** Every pair, by id. */
    List<Mentorship> all() {
        return withMembers("", Map.of(), "m.id");
    }

    /** The pairs of a programme, by id. */
    List<Mentorship> ofProgramme(long programId) {
        return withMembers(" where m.program_id = :program", Map.of("program", programId), "m.id");
    }

    /**
     * One page of the pairs {@code x} that the condition keeps (with its parameters, plus {@code size} and
     * {@code offset}), by id: the administrators' list.
     */
    List<Mentorship> page(String condition, Map<String, Object> params) {
        return withMembers(jdbc.sql("select " + COLUMNS.replace("m.", "x.") + " from mentorship x" + condition
                        + " order by x.id limit :size offset :offset")
                .params(params)
                .query(PairLoading::mentorship)
                .list());
    }

    /** The pairs in these statuses, by id. */
    List<Mentorship> inStatus(Collection<MentorshipStatus> statuses) {
        return withMembers(
                " where m.status in (:statuses)",
                Map.of("statuses", statuses.stream().map(Enum::name).toList()),
                "m.id");
    }

    /** The pairs this person is a member of, newest first. */
    List<Mentorship> ofMember(String employeeNumber) {
        return withMembers(
                " where exists (select 1 from mentorship_member x where x.mentorship = m.id"
                        + " and x.employee_number = :person)",
                Map.of("person", employeeNumber),
                "m.id desc");
    }

    /**
     * The reviews of these pairs, by id, one query per thousand pairs (the repository's derived query built its SQL
     * again and mapped each row through the aggregate's metadata on every view: 13 % of the home page's samples).
     */
    List<Review> reviewsOf(Collection<Long> mentorshipIds) {
        return byThousand(
                mentorshipIds,
                ids -> jdbc.sql("select id, mentorship_id, kind, author, satisfaction, worked, to_improve,"
                                + " submitted_at, version from mentorship_review where mentorship_id in (:ids)"
                                + " order by id")
                        .param("ids", ids)
                        .query((rs, i) -> {
                            var r = new Review();
                            r.id = rs.getLong(1);
                            r.mentorshipId = rs.getLong(2);
                            r.kind = ReviewKind.valueOf(rs.getString(3));
                            r.author = rs.getString(4);
                            r.satisfaction = rs.getInt(5);
                            r.worked = rs.getString(6);
                            r.toImprove = rs.getString(7);
                            r.submittedAt = instant(rs.getTimestamp(8));
                            r.version = rs.getObject(9, Integer.class);
                            return r;
                        })
                        .list(),
                Comparator.comparing((Review r) -> r.id));
    }

    /** The sessions of these pairs by start, each with its members, in one query per thousand pairs. */
    List<MentorshipSession> sessionsOf(Collection<Long> mentorshipIds) {
        return byThousand(mentorshipIds, this::sessions, Comparator.comparing((MentorshipSession x) -> x.startsAt));
    }

    /**
     * The objectives of these pairs by id, one query per thousand pairs (the repository's derived query built its SQL
     * again and mapped each row through the aggregate's metadata on every view).
     */
    List<Objective> objectivesOf(Collection<Long> mentorshipIds) {
        return byThousand(
                mentorshipIds,
                ids -> jdbc.sql("select id, mentorship_id, title, measure, target_date, progress, progress_comment,"
                                + " created_by, created_at, updated_by, updated_at, version from mentorship_objective"
                                + " where mentorship_id in (:ids) order by id")
                        .param("ids", ids)
                        .query((rs, i) -> {
                            var o = new Objective();
                            o.id = rs.getLong(1);
                            o.mentorshipId = rs.getLong(2);
                            o.title = rs.getString(3);
                            o.measure = rs.getString(4);
                            o.targetDate = rs.getObject(5, LocalDate.class);
                            o.progress = ObjectiveProgress.valueOf(rs.getString(6));
                            o.progressComment = rs.getString(7);
                            o.createdBy = rs.getString(8);
                            o.createdAt = instant(rs.getTimestamp(9));
                            o.updatedBy = rs.getString(10);
                            o.updatedAt = instant(rs.getTimestamp(11));
                            o.version = rs.getObject(12, Integer.class);
                            return o;
                        })
                        .list(),
                Comparator.comparing((Objective o) -> o.id));
    }

    /**
     * What the query reads for these pairs, a thousand pairs per query (the largest IN list sent), in the query's own
     * order, which {@code order} restores across several queries.
     */
    private static <T> List<T> byThousand(
            Collection<Long> mentorshipIds, Function<List<Long>, List<T>> query, Comparator<T> order) {
        var ids = List.copyOf(mentorshipIds);
        if (ids.size() <= 1000) {
            return ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(query.apply(ids));
        }
        var result = new ArrayList<T>();
        for (int from = 0; from < ids.size(); from += 1000) {
            result.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        result.sort(order);
        return result;
    }

    /** A pair's planned sessions in figures: the start of the latest held one and of the next one, how many were held. */
    record SessionFigures(Instant last, Instant next, int held) {}

    /**
     * The planned sessions of each of these pairs in figures at this moment (pairs without any are absent), one
     * aggregate query per thousand pairs: a list of pairs does not read their sessions and members row by row.
     */
    Map<Long, SessionFigures> sessionFigures(Collection<Long> mentorshipIds, Instant now) {
        var ids = List.copyOf(mentorshipIds);
        var figures = new java.util.HashMap<Long, SessionFigures>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select mentorship_id, max(case when starts_at <= :now then starts_at end),"
                            + " min(case when starts_at > :now then starts_at end),"
                            + " sum(case when starts_at <= :now then 1 else 0 end) from mentorship_session"
                            + " where mentorship_id in (:ids) and status = 'PLANNED' group by mentorship_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .param("now", org.binome.shared.Database.moment(now))
                    .query(rs -> {
                        figures.put(
                                rs.getLong(1),
                                new SessionFigures(
                                        instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)), rs.getInt(4)));
                    });
        }
        return figures;
    }

    /** A pair's objectives in figures: how many, in progress, reached. */
    record ObjectiveFigures(int total, int inProgress, int reached) {}

    /** The objectives of each of these pairs in figures (pairs without any are absent), one query per thousand pairs. */
    Map<Long, ObjectiveFigures> objectiveFigures(Collection<Long> mentorshipIds) {
        var ids = List.copyOf(mentorshipIds);
        var figures = new java.util.HashMap<Long, ObjectiveFigures>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select mentorship_id, count(*), sum(case when progress = 'IN_PROGRESS' then 1 else 0 end),"
                            + " sum(case when progress = 'REACHED' then 1 else 0 end) from mentorship_objective"
                            + " where mentorship_id in (:ids) group by mentorship_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        figures.put(rs.getLong(1), new ObjectiveFigures(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                    });
        }
        return figures;
    }

    /** How many reviews each of these pairs received (pairs without any are absent), one query per thousand. */
    Map<Long, Integer> reviewCounts(Collection<Long> mentorshipIds) {
        var ids = List.copyOf(mentorshipIds);
        var counts = new java.util.HashMap<Long, Integer>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select mentorship_id, count(*) from mentorship_review where mentorship_id in (:ids)"
                            + " group by mentorship_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /**
     * One session with its members, every field of the aggregate, in one query: what the repository's
     * {@code findById} gives, without mapping the row through the aggregate's metadata (under the load test, that
     * mapping was half the CPU of a held session's page, the page a pair opens most).
     */
    Optional<MentorshipSession> session(long sessionId) {
        return sessions("s.id = :id", Map.of("id", sessionId)).stream().findFirst();
    }

    private List<MentorshipSession> sessions(List<Long> mentorshipIds) {
        return sessions("s.mentorship_id in (:ids)", Map.of("ids", mentorshipIds));
    }

    private List<MentorshipSession> sessions(String condition, Map<String, ?> params) {
        // Each session with its members in one query (a session's row once per member): a second query for the
        // members was one more round trip to the database on every pair page and home page.
        Map<Long, MentorshipSession> byId = new LinkedHashMap<>();
        jdbc.sql("select s.id, s.mentorship_id, s.ical_uid, s.ical_sequence, s.starts_at, s.duration_minutes,"
                        + " s.meeting_format, s.place, s.link, s.agenda, s.status, s.planned_by, s.covered,"
                        + " s.mentee_learned, s.mentor_learned, s.next_steps, s.logged_by, s.logged_at, s.version,"
                        + " sm.employee_number, sm.attended, sm.rating from mentorship_session s"
                        + " left join mentorship_session_member sm on sm.mentorship_session = s.id"
                        + " where " + condition + " order by s.starts_at, s.id")
                .params(params)
                .query(rs -> {
                    var s = byId.get(rs.getLong(1));
                    if (s == null) {
                        s = session(rs);
                        byId.put(s.id, s);
                    }
                    var employeeNumber = rs.getString(20);
                    if (employeeNumber != null) {
                        var member = SessionMember.of(employeeNumber);
                        member.attended = (Boolean) rs.getObject(21, Boolean.class);
                        member.rating = (Integer) rs.getObject(22, Integer.class);
                        s.members.add(member);
                    }
                });
        return new ArrayList<>(byId.values());
    }

    private static MentorshipSession session(ResultSet rs) throws SQLException {
        var s = new MentorshipSession();
        s.id = rs.getLong(1);
        s.mentorshipId = rs.getLong(2);
        s.icalUid = rs.getString(3);
        s.icalSequence = rs.getInt(4);
        s.startsAt = instant(rs.getTimestamp(5));
        s.durationMinutes = rs.getInt(6);
        s.meetingFormat = MeetingFormat.valueOf(rs.getString(7));
        s.place = rs.getString(8);
        s.link = rs.getString(9);
        s.agenda = rs.getString(10);
        s.status = MentorshipSession.Status.valueOf(rs.getString(11));
        s.plannedBy = rs.getString(12);
        s.covered = rs.getString(13);
        s.menteeLearned = rs.getString(14);
        s.mentorLearned = rs.getString(15);
        s.nextSteps = rs.getString(16);
        s.loggedBy = rs.getString(17);
        s.loggedAt = instant(rs.getTimestamp(18));
        s.version = rs.getInt(19);
        return s;
    }

    /**
     * The pairs that the condition keeps, in this order, each with its members, in one query (a pair's row once per
     * member): a second query for the members was one more round trip on every pair page and home page. A page of
     * pairs (with a limit) reads its members apart, see {@link #withMembers(List)}.
     */
    private List<Mentorship> withMembers(String condition, Map<String, ?> params, String order) {
        Map<Long, Mentorship> byId = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + ", mm.employee_number, mm.member_role, mm.charter_version,"
                        + " mm.charter_accepted_at, mm.expectations from mentorship m"
                        + " left join mentorship_member mm on mm.mentorship = m.id" + condition
                        + " order by " + order + ", mm.mentorship_key")
                .params(params)
                .query(rs -> {
                    var pair = byId.get(rs.getLong(1));
                    if (pair == null) {
                        pair = mentorship(rs, 0);
                        byId.put(pair.id, pair);
                    }
                    var employeeNumber = rs.getString(14);
                    if (employeeNumber != null) {
                        var member = Member.of(employeeNumber, MemberRole.valueOf(rs.getString(15)));
                        member.charterVersion = (Integer) rs.getObject(16);
                        member.charterAcceptedAt = instant(rs.getTimestamp(17));
                        member.expectations = rs.getString(18);
                        pair.members.add(member);
                    }
                });
        return new ArrayList<>(byId.values());
    }

    private List<Mentorship> withMembers(List<Mentorship> pairs) {
        if (pairs.isEmpty()) {
            return pairs;
        }
        Map<Long, Mentorship> byId = new LinkedHashMap<>();
        pairs.forEach(m -> byId.put(m.id, m));
        var ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            readMembers(ids.subList(from, Math.min(ids.size(), from + 1000)), byId);
        }
        return pairs;
    }

    private void readMembers(Collection<Long> ids, Map<Long, Mentorship> byId) {
        jdbc.sql("select mentorship, employee_number, member_role, charter_version, charter_accepted_at, expectations"
                        + " from mentorship_member where mentorship in (:ids) order by mentorship, mentorship_key")
                .param("ids", ids)
                .query(rs -> {
                    var member = Member.of(rs.getString(2), MemberRole.valueOf(rs.getString(3)));
                    member.charterVersion = (Integer) rs.getObject(4);
                    member.charterAcceptedAt = instant(rs.getTimestamp(5));
                    member.expectations = rs.getString(6);
                    byId.get(rs.getLong(1)).members.add(member);
                });
    }

    private static Mentorship mentorship(ResultSet rs, int row) throws SQLException {
        var m = new Mentorship();
        m.id = rs.getLong(1);
        m.programId = rs.getLong(2);
        m.proposalId = (Long) rs.getObject(3, Long.class);
        m.status = MentorshipStatus.valueOf(rs.getString(4));
        m.createdAt = instant(rs.getTimestamp(5));
        m.startedOn = rs.getObject(6, LocalDate.class);
        m.endedOn = rs.getObject(7, LocalDate.class);
        var reason = rs.getString(8);
        m.endReason = reason == null ? null : EndReason.valueOf(reason);
        m.endMessage = rs.getString(9);
        m.endedBy = rs.getString(10);
        m.endedByAdministrator = rs.getBoolean(11);
        m.rematchOffered = rs.getBoolean(12);
        m.version = rs.getInt(13);
        return m;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
