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
}
