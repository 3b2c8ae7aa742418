package org.binome.programs;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/** Programme routes; demo data: 1 = the running 2026 programme, 2 = the open 2027 one. */
public class ProgramRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/admin/programmes", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/new", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/edit", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/charter", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/applications", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/applications/1", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/programmes", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/programmes/1", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/programmes/2", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/programmes/2/apply", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/programmes/999999", List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)),
                entry("/me/applications", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/api/v1/programmes", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/api/v1/programmes/1", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/api/v1/programmes/1/applications", List.of(LOGIN, OK, DENIED, DENIED, DENIED)));
    }
}
