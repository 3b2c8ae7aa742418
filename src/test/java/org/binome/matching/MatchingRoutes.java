package org.binome.matching;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/** Matching routes; demo data: 1 = the running 2026 programme (with a finished run), 2 = the open 2027 one. */
public class MatchingRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/admin/programmes/1/matching", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/2/matching", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/matching/run", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/matching/preview", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/999999/matching", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry(
                        "/admin/programmes/1/matching/proposals/1/components",
                        List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                // proposal 1 is the running programme's: asked through another programme, it is not found
                entry(
                        "/admin/programmes/2/matching/proposals/1/components",
                        List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("/me/proposals", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/me/suggestions", List.of(LOGIN, DENIED, DENIED, OK, DENIED)));
    }
}
