package org.binome.training;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The training routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class TrainingActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/programmes/1/circles", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/circles/1/leave", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/training", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/training/1", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/training/1/move", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/training/1/remove", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /facilitation/circles/1/sessions", List.of(LOGIN, DENIED, DENIED, DENIED, NOT_FOUND)),
                entry(
                        "POST /facilitation/circles/1/sessions/1/reschedule",
                        List.of(LOGIN, DENIED, DENIED, DENIED, NOT_FOUND)),
                entry("POST /facilitation/circles/1/sessions/1/step", List.of(LOGIN, "400", DENIED, DENIED, "400")),
                entry("POST /facilitation/help/1", List.of(LOGIN, "400", DENIED, DENIED, "400")),
                entry("POST /me/help", List.of(LOGIN, DENIED, DENIED, "422", DENIED)),
                entry("POST /me/training/1", List.of(LOGIN, DENIED, DENIED, NOT_FOUND, DENIED)));
    }
}
