package org.binome.insights;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The impact dashboard's routes ("/sponsor" itself is declared with the role home pages): sponsors and administrators
 * only; a programme that does not exist answers 404. Demo data: programme 1 is the running 2026 programme.
 */
public class InsightsRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        var sponsors = List.of(LOGIN, OK, OK, DENIED, DENIED);
        var unknown = List.of(LOGIN, NOT_FOUND, NOT_FOUND, DENIED, DENIED);
        return Map.ofEntries(
                entry("/sponsor?programme=1&department=Production&generation=gen-z", sponsors),
                entry("/sponsor?programme=999999", unknown),
                entry("/sponsor/impact.csv", sponsors),
                entry("/sponsor/impact.csv?programme=1&site=Lyon", sponsors),
                entry("/sponsor/impact.xlsx", sponsors),
                entry("/sponsor/impact.xlsx?programme=999999", unknown),
                entry("/sponsor/report", sponsors),
                entry("/sponsor/report?programme=1", sponsors),
                entry("/sponsor/report.pdf", sponsors),
                entry("/sponsor/report.pdf?programme=1", sponsors),
                entry("/sponsor/report.pdf?programme=999999", unknown));
    }
}
