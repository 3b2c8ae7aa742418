package org.binome.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binome.mentorships.PairRecord;
import org.binome.people.EmployeeRecord;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.ApplicationStatus;

/**
 * The data under one filter: the selected programmes' applicants and started pairs whose people the filter keeps,
 * each worked out once and shared by the blocks of the dashboard ({@link ImpactFigures}).
 */
final class Selected {

    final ImpactData data;
    final Filter filter;
    final Map<String, EmployeeRecord> people;
    final Set<Long> selectedIds;
    final LocalDate today;

    private List<ApplicationRecord> applicants;
    private List<PairRecord> startedPairs;
    private Selected whole;

    Selected(ImpactData data, Filter filter) {
        this.data = data;
        this.filter = filter;
        this.people = data.byNumber();
        this.selectedIds = data.selectedIds();
        this.today = data.today();
    }

    /** The same data without a filter (this one when it has none): what anonymity thresholds compare with. */
    Selected whole() {
        if (whole == null) {
            whole = filter.isEmpty() ? this : new Selected(data, Filter.NONE);
        }
        return whole;
    }

    /** Applications to the selected programmes, not withdrawn, of people the filter keeps. */
    List<ApplicationRecord> applicants() {
        if (applicants == null) {
            applicants = data.applications().stream()
                    .filter(a -> selectedIds.contains(a.programId()))
                    .filter(a -> a.status() != ApplicationStatus.WITHDRAWN)
                    .filter(a -> filter.matches(people.get(a.employeeNumber()), today))
                    .toList();
        }
        return applicants;
    }

    /** Pairs of the selected programmes that started, with at least one member the filter keeps. */
    List<PairRecord> startedPairs() {
        if (startedPairs == null) {
            startedPairs = data.pairs().stream()
                    .filter(p -> selectedIds.contains(p.programId()))
                    .filter(p -> p.startedOn() != null && !"PROPOSED".equals(p.status()))
                    .filter(p ->
                            filter.isEmpty() || members(p).stream().anyMatch(m -> filter.matches(people.get(m), today)))
                    .toList();
        }
        return startedPairs;
    }

    /** Mentors then mentees. */
    static List<String> members(PairRecord p) {
        var all = new ArrayList<String>(p.mentors().size() + p.mentees().size());
        all.addAll(p.mentors());
        all.addAll(p.mentees());
        return all;
    }
}
