package org.binome.skills;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The skills routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class SkillActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/skills", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/skills/people/1", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/skills/1", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /admin/skills/1/merge", List.of(LOGIN, "400", DENIED, DENIED, DENIED)),
                entry("POST /admin/skills/1/retire", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("POST /me/skills", List.of(LOGIN, DENIED, DENIED, REDIRECT, DENIED)));
    }
}
