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
                // The account page: every signed-in person, for their own account only.
                entry("POST /account/language", List.of(LOGIN, "400", "400", "400", "400")),
                entry("POST /account/sessions/end-others", List.of(LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT)),
                entry("POST /account/sessions/1/end", List.of(LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT)),
                // Account administration: administrators only (an empty form is a bad request).
                entry("/admin/accounts/invitations/1/progress", List.of(LOGIN, "404", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/invite", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/1/disable", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/1/enable", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/1/invitation/resend", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/1/invitation/revoke", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/1/roles", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/accounts/1/person", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                // API tokens: administrators only (an empty form is refused field by field; token 1 does not exist).
                entry("/admin/api-tokens", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("POST /admin/api-tokens", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/api-tokens/1/revoke", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                // Links from e-mails: open to anyone holding a valid token; without one, the link is gone (410).
                entry("POST /invitation", List.of("410", "410", "410", "410", "410")),
                entry("POST /password/reset", List.of("410", "410", "410", "410", "410")),
                // The same answer whether or not the account exists.
                entry("POST /password/forgot", List.of(OK, OK, OK, OK, OK)),
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
