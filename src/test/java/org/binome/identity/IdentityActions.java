package org.binome.identity;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * The identity routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class IdentityActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /account/password", List.of(LOGIN, "422", "422", "422", "422")),
                entry("/actuator", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/actuator/info", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/api/v1/docs", List.of(LOGIN, REDIRECT, DENIED, DENIED, DENIED)),
                entry("/api/v1/openapi.yaml", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/api/v1/openapi/swagger-config", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/error", List.of("500", "500", "500", "500", "500")),
                entry("POST /error", List.of("500", "500", "500", "500", "500")),
                entry("/login/throttled", List.of(OK, OK, OK, OK, OK)),
                entry("POST /login/throttled", List.of(OK, OK, OK, OK, OK)));
    }
}
