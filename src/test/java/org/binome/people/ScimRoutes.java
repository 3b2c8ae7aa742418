package org.binome.people;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * SCIM routes: only an API token with the {@code scim} scope opens them (see {@code ScimTests}); nobody gets 401 and a
 * browser session, whatever its roles, is refused.
 */
public class ScimRoutes implements RouteExpectations {

    private static final List<String> TOKEN_ONLY = List.of(LOGIN, DENIED, DENIED, DENIED, DENIED);

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/scim/v2/Users", TOKEN_ONLY),
                entry("POST /scim/v2/Users", TOKEN_ONLY),
                entry("/scim/v2/Users/1", TOKEN_ONLY),
                entry("PUT /scim/v2/Users/1", TOKEN_ONLY),
                entry("PATCH /scim/v2/Users/1", TOKEN_ONLY),
                entry("DELETE /scim/v2/Users/1", TOKEN_ONLY),
                entry("/scim/v2/Groups", TOKEN_ONLY),
                entry("/scim/v2/Groups/1", TOKEN_ONLY),
                entry("POST /scim/v2/Groups", TOKEN_ONLY),
                entry("PUT /scim/v2/Groups/1", TOKEN_ONLY),
                entry("PATCH /scim/v2/Groups/1", TOKEN_ONLY),
                entry("DELETE /scim/v2/Groups/1", TOKEN_ONLY),
                entry("/scim/v2/ServiceProviderConfig", TOKEN_ONLY),
                entry("/scim/v2/ResourceTypes", TOKEN_ONLY),
                entry("/scim/v2/ResourceTypes/User", TOKEN_ONLY),
                entry("/scim/v2/Schemas", TOKEN_ONLY),
                entry("/scim/v2/Schemas/1", TOKEN_ONLY));
    }
}
