package org.binome.matching;

import java.util.List;
import org.binome.people.ReportingLines;

/** The people module's reporting lines, loaded in one query, as matching asks about them. */
record ReportingLinesHierarchy(ReportingLines lines) implements Hierarchy {

    @Override
    public boolean inOneReportingLine(String a, String b) {
        return lines.inOneReportingLine(a, b);
    }

    @Override
    public boolean sameDirectManager(String a, String b) {
        return lines.sameDirectManager(a, b);
    }

    @Override
    public List<String> chainOf(String person) {
        return lines.chainOf(person);
    }
}
