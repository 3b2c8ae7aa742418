package org.binome.programs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many applications each role has, by status, against the programme's capacity. */
@Component
class ApplicationCounts {

    record RoleCount(ParticipantRole role, Map<ApplicationStatus, Long> byStatus, Integer capacity) {

        public long count(ApplicationStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        public long accepted() {
            return count(ApplicationStatus.ACCEPTED);
        }

        public boolean full() {
            return capacity != null && count(ApplicationStatus.ACCEPTED) >= capacity;
        }
    }

    private final JdbcClient jdbc;

    ApplicationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee numbers of a programme's accepted applicants in one role, one column read. */
    @Transactional(readOnly = true)
    List<String> acceptedNumbers(long programId, ParticipantRole role) {
        return jdbc.sql("select employee_number from program_application"
                        + " where program_id = ? and role = ? and status = 'ACCEPTED'")
                .params(programId, role.name())
                .query(String.class)
                .list();
    }

    /** The counts of each of these programmes, with one query for all of them. */
    @Transactional(readOnly = true)
    Map<Long, List<RoleCount>> of(List<ProgramView> programmes) {
        var counts = new java.util.HashMap<Long, Map<ParticipantRole, Map<ApplicationStatus, Long>>>();
        for (var program : programmes) {
            var byRole = new EnumMap<ParticipantRole, Map<ApplicationStatus, Long>>(ParticipantRole.class);
            for (var role : ParticipantRole.values()) {
                byRole.put(role, new EnumMap<>(ApplicationStatus.class));
            }
            counts.put(program.id(), byRole);
        }
        if (!programmes.isEmpty()) {
            jdbc.sql("select program_id, role, status, count(*) from program_application"
                            + " where program_id in (:ids) group by program_id, role, status")
                    .param("ids", List.copyOf(counts.keySet()))
                    .query(rs -> {
                        counts.get(rs.getLong(1))
                                .get(ParticipantRole.valueOf(rs.getString(2)))
                                .put(ApplicationStatus.valueOf(rs.getString(3)), rs.getLong(4));
                    });
        }
        var result = new java.util.HashMap<Long, List<RoleCount>>();
        for (var program : programmes) {
            result.put(
                    program.id(),
                    counts.get(program.id()).entrySet().stream()
                            .map(e -> new RoleCount(e.getKey(), e.getValue(), program.capacity(e.getKey())))
                            .toList());
        }
        return result;
    }

    @Transactional(readOnly = true)
    /** A programme's counts against its capacities, as the page already holds it (no second read of the programme). */
    List<RoleCount> of(ProgramView program) {
        long programId = program.id();
        var counts = new EnumMap<ParticipantRole, Map<ApplicationStatus, Long>>(ParticipantRole.class);
        for (var role : ParticipantRole.values()) {
            counts.put(role, new EnumMap<>(ApplicationStatus.class));
        }
        jdbc.sql("select role, status, count(*) from program_application where program_id = ? group by role, status")
                .param(programId)
                .query(rs -> {
                    counts.get(ParticipantRole.valueOf(rs.getString(1)))
                            .put(ApplicationStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts.entrySet().stream()
                .map(e -> new RoleCount(e.getKey(), e.getValue(), program.capacity(e.getKey())))
                .toList();
    }
}
