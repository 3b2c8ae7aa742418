package org.binome.communication;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The communication routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class CommunicationActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/announcements", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/outbox/1/retry", List.of(LOGIN, REDIRECT, DENIED, DENIED, DENIED)),
                entry("POST /me/notifications/preferences", List.of(LOGIN, DENIED, DENIED, REDIRECT, DENIED)),
                entry("POST /notifications/read-all", List.of(LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT)),
                entry("POST /notifications/1/read", List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)));
    }
}
