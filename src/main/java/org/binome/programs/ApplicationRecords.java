package org.binome.programs;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applications of many programmes in one query of the few columns dashboards count. */
@Component
class ApplicationRecords {

    private final JdbcClient jdbc;

    ApplicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApplicationRecord> of(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select program_id, employee_number, role, status, submitted_at, reviewed_at"
                        + " from program_application where program_id in (:ids) order by id")
                .param("ids", List.copyOf(programIds))
                .query((rs, i) -> new ApplicationRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        ParticipantRole.valueOf(rs.getString(3)),
                        ApplicationStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * One person's applications with their programme's name and status, newest first: one query of the columns their
     * home page shows (it read each application whole, then each programme whole).
     */
    List<ApplicationSummary> summariesOf(String employeeNumber) {
        return jdbc.sql("select a.id, a.program_id, p.name, p.status, a.role, a.status, a.submitted_at,"
                        + " a.review_message from program_application a join program p on p.id = a.program_id"
                        + " where a.employee_number = ? order by a.submitted_at desc")
                .param(employeeNumber)
                .query((rs, i) -> new ApplicationSummary(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        ProgramStatus.valueOf(rs.getString(4)),
                        ParticipantRole.valueOf(rs.getString(5)),
                        ApplicationStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    /**
     * A programme's applications as its reviewers' list shows and filters them, newest first: the columns of the row
     * only. The list read each application whole, consent text included, and mapping those entities was a fifth of
     * the page's CPU.
     */
    List<ListedApplication> listedIn(long programId) {
        return jdbc.sql("select id, employee_number, role, status, site, offered_skills, wanted_skills, submitted_at,"
                        + " version from program_application where program_id = ? order by submitted_at desc, id desc")
                .param(programId)
                .query((rs, i) -> new ListedApplication(
                        rs.getLong(1),
                        rs.getString(2),
                        ParticipantRole.valueOf(rs.getString(3)),
                        ApplicationStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getInt(9)))
                .list();
    }
}
