package org.binome.insights;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binome.mentorships.PairRecord;
import org.binome.people.EmployeeRecord;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.ProgramView;

/**
 * What the figures are computed from, read once through the other modules' facades: the selected programmes, the
 * applications and pairs of every programme (to know who never took part anywhere), the whole directory (and by
 * employee number) and today; {@code derived} keeps what the figures work out from them whatever the filter.
 */
record ImpactData(
        List<ProgramView> selected,
        List<ApplicationRecord> applications,
        List<PairRecord> pairs,
        List<EmployeeRecord> employees,
        Map<String, EmployeeRecord> byNumber,
        LocalDate today,
        java.time.ZoneId zone,
        Derived derived) {

    /** The same, the directory by employee number worked out here, nothing derived yet. */
    ImpactData(
            List<ProgramView> selected,
            List<ApplicationRecord> applications,
            List<PairRecord> pairs,
            List<EmployeeRecord> employees,
            LocalDate today,
            java.time.ZoneId zone) {
        this(selected, applications, pairs, employees, byNumber(employees), today, zone, new Derived());
    }

    static Map<String, EmployeeRecord> byNumber(List<EmployeeRecord> employees) {
        var map = new HashMap<String, EmployeeRecord>(employees.size() * 2);
        employees.forEach(e -> map.put(e.employeeNumber(), e));
        return map;
    }

    Set<Long> selectedIds() {
        var ids = new HashSet<Long>();
        selected.forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** Everyone accepted in any programme or member of any pair: never a comparable non-participant. */
    Set<String> everParticipants() {
        var set = new HashSet<String>();
        applications.stream()
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .forEach(a -> set.add(a.employeeNumber()));
        pairs.forEach(p -> {
            set.addAll(p.mentors());
            set.addAll(p.mentees());
        });
        return set;
    }
}
