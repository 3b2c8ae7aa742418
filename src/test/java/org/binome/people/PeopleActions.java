package org.binome.people;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The people routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class PeopleActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/people/import", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("/admin/people/import/1", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("/admin/people/import/1/errors.csv", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/people/import/1/mapping", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("/admin/people/import/1/progress", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/people/import/1/start", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/people/import/1/preview", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/people/import/1/sheet", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/people/import/1/cancel", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/people/1/edit", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /api/v1/people/import", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                // The directory API: administrators' sessions (and tokens with directory:read, see ApiTokenTests).
                entry("/api/v1/people", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/api/v1/people/ML00001", List.of(LOGIN, OK, DENIED, DENIED, DENIED)));
    }
}
