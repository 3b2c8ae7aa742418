package org.binome.privacy;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The privacy actions (POST, sent with an empty body and a valid CSRF token by {@code RouteCoverageTests}, and again
 * without the token, which must give 403). Every role walks as ML00001, a member of nothing.
 */
public class PrivacyActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /privacy/notice/acknowledge", List.of(LOGIN, "422", "422", "422", "422")),
                entry(
                        "POST /privacy/me/consents/1/withdraw",
                        List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)),
                entry("POST /admin/privacy/people/ML00001/erase", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /admin/privacy/audit/verify", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("POST /admin/privacy/notice", List.of(LOGIN, "422", DENIED, DENIED, DENIED)));
    }
}
