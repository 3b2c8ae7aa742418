package org.binome.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.springframework.stereotype.Component;

/**
 * Suggested circles for the accepted mentors not yet in a circle of the programme. Greedy: mentors in employee number
 * order each join the smallest group where nobody sits in their reporting line (above or below them); ceil(n / 8)
 * groups so none exceeds eight. A mentor who fits nowhere is left out, and a group that ends with fewer than four is
 * reported as such rather than formed.
 */
@Component
class CircleSuggestion {

    private final CircleRecords records;
    private final Programs programs;
    private final CircleHierarchy hierarchy;

    CircleSuggestion(CircleRecords records, Programs programs, CircleHierarchy hierarchy) {
        this.records = records;
        this.programs = programs;
        this.hierarchy = hierarchy;
    }

    List<List<String>> suggest(long programId) {
        var taken = new HashSet<>(records.activeMembersIn(programId));
        var mentors = programs.acceptedApplicants(programId, ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .filter(e -> !taken.contains(e))
                .sorted()
                .toList();
        if (mentors.isEmpty()) {
            return List.of();
        }
        var lines = hierarchy.of(mentors);
        int groups = Math.max(1, (mentors.size() + CircleRules.MAX_MEMBERS - 1) / CircleRules.MAX_MEMBERS);
        var result = new ArrayList<List<String>>();
        for (int g = 0; g < groups; g++) {
            result.add(new ArrayList<>());
        }
        for (var mentor : mentors) {
            result.stream()
                    .filter(group -> group.size() < CircleRules.MAX_MEMBERS)
                    .filter(group -> group.stream().noneMatch(other -> lines.together(mentor, other)))
                    .min(Comparator.comparingInt(List::size))
                    .ifPresent(group -> group.add(mentor));
        }
        return result;
    }
}
