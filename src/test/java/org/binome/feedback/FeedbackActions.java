package org.binome.feedback;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/** Survey forms and actions (POST with an empty body and a valid CSRF token; without it, 403). */
public class FeedbackActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /me/surveys/999999", List.of(LOGIN, DENIED, DENIED, NOT_FOUND, DENIED)),
                entry("POST /admin/surveys/1/enabled", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                // an empty survey form comes back with its errors
                entry("POST /admin/surveys/new", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/surveys/1/edit", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/surveys/999999/edit", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)));
    }
}
