package org.binome.identity;

import java.util.List;
import java.util.Map;

/** Identity's account routes: administration for administrators, /account for anyone signed in, links for anyone. */
public class AccountRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                Map.entry("/admin/accounts", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                Map.entry("/admin/accounts/1", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                Map.entry("/admin/accounts/invite", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                Map.entry("/admin/accounts/invitations/999999", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                Map.entry("/account", List.of(LOGIN, OK, OK, OK, OK)),
                Map.entry("/password/forgot", List.of(OK, OK, OK, OK, OK)),
                Map.entry("/password/reset", List.of("410", "410", "410", "410", "410")),
                Map.entry("/invitation", List.of("410", "410", "410", "410", "410")));
    }
}
