package org.binome.programs;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The programs routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class ProgramActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/programmes", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/applications/decision", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry(
                        "POST /admin/programmes/1/applications/1/decision",
                        List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/charter", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/publish", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/status", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /programmes/1/apply", List.of(LOGIN, "422", "422", "422", "422")),
                entry("POST /programmes/1/apply/withdraw", List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)));
    }
}
