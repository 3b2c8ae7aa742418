package org.binome.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applications as pages and matching read them, with plain SQL: the derived queries read each whole aggregate (the
 * consent text too) through Spring Data JDBC's mapping, and built their SQL again, on every view of the matching page
 * and of the application form (4 % of the form's CPU). Only the columns of {@link ApplicationView} are read. For
 * reading only; the repository saves.
 */
@Component
class ApplicationViews {

    private static final String COLUMNS = "id, program_id, employee_number, role, status, motivation, offered_skills,"
            + " wanted_skills, preferred_days, time_slots, languages, meeting_mode, site, wished_people,"
            + " avoided_people, wished_departments, avoided_departments, consent_version, consented_at,"
            + " charter_version, charter_accepted_at, submitted_at, updated_at, reviewed_at, reviewed_by,"
            + " review_message, version";

    private final JdbcClient jdbc;

    ApplicationViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accepted applications of these people in the programme (those that exist), one query per thousand. */
    List<ApplicationView> acceptedOf(long programId, Collection<String> employeeNumbers) {
        var numbers = List.copyOf(new LinkedHashSet<>(employeeNumbers));
        var found = new ArrayList<ApplicationView>();
        for (int from = 0; from < numbers.size(); from += 1000) {
            found.addAll(jdbc.sql("select " + COLUMNS + " from program_application where program_id = :program"
                            + " and status = 'ACCEPTED' and employee_number in (:numbers)")
                    .param("program", programId)
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
                    .query((rs, i) -> application(rs).view())
                    .list());
        }
        return found;
    }

    /** This person's application to the programme, whatever its status (there is at most one). */
    Optional<ApplicationView> of(long programId, String employeeNumber) {
        return jdbc.sql("select " + COLUMNS + " from program_application where program_id = :program"
                        + " and employee_number = :number")
                .param("program", programId)
                .param("number", employeeNumber)
                .query((rs, i) -> application(rs).view())
                .optional();
    }

    private static Application application(ResultSet rs) throws SQLException {
        var a = new Application();
        a.id = rs.getLong(1);
        a.programId = rs.getLong(2);
        a.employeeNumber = rs.getString(3);
        a.role = ParticipantRole.valueOf(rs.getString(4));
        a.status = ApplicationStatus.valueOf(rs.getString(5));
        a.motivation = rs.getString(6);
        a.offeredSkills = rs.getString(7);
        a.wantedSkills = rs.getString(8);
        a.preferredDays = rs.getString(9);
        a.timeSlots = rs.getString(10);
        a.languages = rs.getString(11);
        var mode = rs.getString(12);
        a.meetingMode = mode == null ? null : MeetingMode.valueOf(mode);
        a.site = rs.getString(13);
        a.wishedPeople = rs.getString(14);
        a.avoidedPeople = rs.getString(15);
        a.wishedDepartments = rs.getString(16);
        a.avoidedDepartments = rs.getString(17);
        a.consentVersion = rs.getString(18);
        a.consentedAt = instant(rs.getTimestamp(19));
        a.charterVersion = rs.getInt(20);
        a.charterAcceptedAt = instant(rs.getTimestamp(21));
        a.submittedAt = instant(rs.getTimestamp(22));
        a.updatedAt = instant(rs.getTimestamp(23));
        a.reviewedAt = instant(rs.getTimestamp(24));
        a.reviewedBy = rs.getString(25);
        a.reviewMessage = rs.getString(26);
        a.version = (Integer) rs.getObject(27, Integer.class);
        return a;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
