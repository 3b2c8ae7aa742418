package org.binome.training;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.springframework.stereotype.Component;

/** Nobody sits in a circle with their manager, direct or not: the reporting lines, read once per person. */
@Component
class CircleHierarchy {

    private final Directory directory;

    CircleHierarchy(Directory directory) {
        this.directory = directory;
    }

    /**
     * Reporting lines of some people, each read once however many pairs are checked: person by person for a circle's
     * few members, the whole directory in one query for a cohort.
     */
    Lines of(java.util.Collection<String> employeeNumbers) {
        var managers = new HashMap<String, Set<String>>();
        var whole = employeeNumbers.size() > 20 ? directory.reportingLines() : null;
        for (var employeeNumber : employeeNumbers) {
            managers.computeIfAbsent(
                    employeeNumber,
                    e -> new HashSet<>(
                            whole != null
                                    ? whole.chainOf(e)
                                    : directory.managersOf(e).stream()
                                            .map(PersonView::employeeNumber)
                                            .toList()));
        }
        return new Lines(managers);
    }

    boolean inOneReportingLine(String a, String b) {
        return of(List.of(a, b)).together(a, b);
    }

    record Lines(Map<String, Set<String>> managers) {

        /** True when one of the two is the other's manager, direct or not. */
        boolean together(String a, String b) {
            return managers.getOrDefault(a, Set.of()).contains(b)
                    || managers.getOrDefault(b, Set.of()).contains(a);
        }

        /** The first two people of the list in one reporting line, if any. */
        Optional<List<String>> firstClash(List<String> people) {
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    if (together(people.get(i), people.get(j))) {
                        return Optional.of(List.of(people.get(i), people.get(j)));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
