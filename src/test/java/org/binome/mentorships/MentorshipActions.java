package org.binome.mentorships;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * The mentorships routes not listed with the module's pages: forms and actions (POST, sent with an empty body and a valid
 * CSRF token by {@code RouteCoverageTests}, and again without the token, which must give 403), downloads and
 * framework endpoints. Every role walks as ML00001, a member of nothing.
 */
public class MentorshipActions implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("POST /admin/mentorships/health-check", List.of(LOGIN, REDIRECT, DENIED, DENIED, DENIED)),
                entry("POST /admin/mentorships/1/complete", List.of(LOGIN, REDIRECT, DENIED, DENIED, DENIED)),
                entry("POST /admin/mentorships/1/end", List.of(LOGIN, "422", DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/complete", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/end", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/kickoff", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/notes", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/notes/1/delete", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/objectives", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/objectives/1", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/objectives/1/delete", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/reviews/1", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/sessions", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/sessions/1", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/sessions/1/cancel", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/sessions/1/log", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)),
                entry("POST /mentorships/1/sessions/1/rating", List.of(LOGIN, DENIED, DENIED, DENIED, DENIED)));
    }
}
