package org.binome.matching;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The matching routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class MatchingActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/programmes/1/matching/pair", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry(
                        "POST /admin/programmes/1/matching/proposals/1/lock",
                        List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry(
                        "POST /admin/programmes/1/matching/proposals/1/remove",
                        List.of(LOGIN, "409", DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/matching/publish", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry(
                        "POST /admin/programmes/1/matching/requests/1/confirm",
                        List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/programmes/1/matching/run", List.of(LOGIN, REDIRECT, DENIED, DENIED, DENIED)),
                entry(
                        "POST /admin/programmes/1/matching/runs/1/cancel",
                        List.of(LOGIN, REDIRECT, DENIED, DENIED, DENIED)),
                entry("POST /me/proposals/1/accept", List.of(LOGIN, DENIED, DENIED, NOT_FOUND, DENIED)),
                entry("POST /me/suggestions/request", List.of(LOGIN, DENIED, DENIED, "400", DENIED)));
    }
}
