package org.binome.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The reporting lines matching needs, computed from each person's direct manager by walking up the chain (memoised,
 * safe against a cycle in imported data), for cohorts built without the directory (benchmarks, tests). The
 * application uses the people module's {@code ReportingLines} through {@link ReportingLinesHierarchy}.
 */
final class DirectoryHierarchy implements Hierarchy {

    private final Function<String, String> managerOf;
    private final Map<String, List<String>> chains = new ConcurrentHashMap<>();

    /** @param managerOf an employee's direct manager's number, or null at the top */
    DirectoryHierarchy(Function<String, String> managerOf) {
        this.managerOf = managerOf;
    }

    @Override
    public boolean inOneReportingLine(String a, String b) {
        return chain(a).contains(b) || chain(b).contains(a);
    }

    @Override
    public boolean sameDirectManager(String a, String b) {
        var managerA = directManager(a);
        return managerA != null && managerA.equals(directManager(b));
    }

    private String directManager(String person) {
        var chain = chain(person);
        return chain.isEmpty() ? null : chain.get(0);
    }

    @Override
    public List<String> chainOf(String person) {
        return chain(person);
    }

    /** The person's managers, nearest first. */
    List<String> chain(String person) {
        var known = chains.get(person);
        if (known != null) {
            return known;
        }
        var chain = new ArrayList<String>();
        var seen = new HashSet<String>();
        seen.add(person);
        var current = managerOf.apply(person);
        while (current != null && !current.isBlank() && seen.add(current)) {
            var above = chains.get(current);
            if (above != null) {
                chain.add(current);
                for (var manager : above) {
                    if (!seen.add(manager)) {
                        break;
                    }
                    chain.add(manager);
                }
                break;
            }
            chain.add(current);
            current = managerOf.apply(current);
        }
        var result = List.copyOf(chain);
        chains.put(person, result);
        return result;
    }
}
