package org.binome.mentorships;

import java.util.List;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mentorships' part of a person's export and erasure. The export holds the person's pairs, the pairs' shared
 * objectives and sessions (which they read in the app anyway), their own notes and reviews; never a partner's private
 * note. Erasure ends running pairs first (the partners are told by the usual end-of-pair notification), deletes the
 * person's own notes and free texts, and keeps pairs, sessions and counts under the pseudonym; partners' notes stay.
 */
@Component
class MentorshipPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Mentorships mentorships;
    private final MentorshipLifecycle lifecycle;

    private final org.binome.privacy.NoteEncryption encryption;

    MentorshipPersonalData(
            JdbcClient jdbc,
            Mentorships mentorships,
            MentorshipLifecycle lifecycle,
            org.binome.privacy.NoteEncryption encryption) {
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.mentorships = mentorships;
        this.lifecycle = lifecycle;
    }

    @Override
    public String module() {
        return "mentorships";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.pseudonymised("mentorship", "pairs; who ended one, and their message", "ended_by"),
                Table.pseudonymised(
                        "mentorship_member", "membership, charter acceptance, expectations", "employee_number"),
                Table.pseudonymised(
                        "mentorship_objective", "the pair's shared objectives; authors", "created_by", "updated_by"),
                Table.pseudonymised(
                        "mentorship_session", "the pair's sessions and logs; authors", "planned_by", "logged_by"),
                Table.pseudonymised("mentorship_session_member", "attendance and rating", "employee_number"),
                Table.pseudonymised("mentorship_note", "own notes deleted; shared notes of partners stay", "author"),
                Table.pseudonymised("mentorship_review", "satisfaction kept for counts, free texts removed", "author"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        var pairs = "(select mentorship from mentorship_member where employee_number = ?)";
        return List.of(
                part(
                        "pairs",
                        "select m.id, m.program_id, m.status, m.started_on, m.ended_on, m.end_reason,"
                                + " case when m.ended_by = ? then m.end_message end as my_end_message,"
                                + " mm.member_role, mm.charter_version, mm.charter_accepted_at, mm.expectations"
                                + " from mentorship m join mentorship_member mm on mm.mentorship = m.id"
                                + " where mm.employee_number = ? order by m.id",
                        employeeNumber,
                        employeeNumber),
                part(
                        "objectives",
                        "select mentorship_id, title, measure, target_date, progress, progress_comment,"
                                + " created_at, updated_at from mentorship_objective where mentorship_id in " + pairs
                                + " order by id",
                        employeeNumber),
                part(
                        "sessions",
                        "select s.mentorship_id, s.starts_at, s.duration_minutes, s.meeting_format, s.place, s.agenda,"
                                + " s.status, s.covered, s.mentee_learned, s.mentor_learned, s.next_steps, s.logged_at,"
                                + " sm.attended, sm.rating from mentorship_session s left join mentorship_session_member sm"
                                + " on sm.mentorship_session = s.id and sm.employee_number = ?"
                                + " where s.mentorship_id in " + pairs + " order by s.starts_at",
                        employeeNumber,
                        employeeNumber),
                decrypted(part(
                        "my_notes",
                        "select mentorship_id, shared, body, created_at from mentorship_note where author = ?"
                                + " order by created_at",
                        employeeNumber)),
                part(
                        "my_reviews",
                        "select mentorship_id, kind, satisfaction, worked, to_improve, submitted_at"
                                + " from mentorship_review where author = ? order by submitted_at",
                        employeeNumber));
    }

    @Override
    public List<String> obstacles(String employeeNumber) {
        return mentorships.activeMentorshipsOf(employeeNumber).isEmpty()
                ? List.of()
                : List.of("mentorships.privacy.activePair");
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        for (var pair : mentorships.activeMentorshipsOf(employeeNumber)) {
            lifecycle.end(pair.id(), employeeNumber, true, EndReason.OTHER, null, true);
        }
        jdbc.sql("delete from mentorship_note where author = ? and shared = false")
                .param(employeeNumber)
                .update();
        update("update mentorship set end_message = null, ended_by = ? where ended_by = ?", pseudonym, employeeNumber);
        update(
                "update mentorship_member set expectations = null, employee_number = ? where employee_number = ?",
                pseudonym,
                employeeNumber);
        update("update mentorship_objective set created_by = ? where created_by = ?", pseudonym, employeeNumber);
        update("update mentorship_objective set updated_by = ? where updated_by = ?", pseudonym, employeeNumber);
        update("update mentorship_session set planned_by = ? where planned_by = ?", pseudonym, employeeNumber);
        update("update mentorship_session set logged_by = ? where logged_by = ?", pseudonym, employeeNumber);
        update(
                "update mentorship_session_member set employee_number = ? where employee_number = ?",
                pseudonym,
                employeeNumber);
        update("update mentorship_note set author = ? where author = ?", pseudonym, employeeNumber);
        update(
                "update mentorship_review set worked = null, to_improve = null, author = ? where author = ?",
                pseudonym,
                employeeNumber);
    }

    private Part decrypted(Part notes) {
        var rows = new java.util.ArrayList<java.util.Map<String, Object>>();
        for (var row : notes.rows()) {
            var copy = new java.util.LinkedHashMap<String, Object>();
            row.forEach((column, value) -> copy.put(
                    column,
                    "body".equalsIgnoreCase(column) && value != null ? encryption.decrypt(value.toString()) : value));
            rows.add(copy);
        }
        return new Part(notes.name(), rows);
    }

    private void update(String sql, String pseudonym, String employeeNumber) {
        jdbc.sql(sql).params(pseudonym, employeeNumber).update();
    }

    private Part part(String name, String sql, Object... params) {
        return Part.query(jdbc, name, sql, params);
    }
}
