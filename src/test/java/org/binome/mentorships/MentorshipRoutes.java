package org.binome.mentorships;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * Mentorship routes. Demo data: mentorship 1 is Inès Benali (ML00022) with Bernard Lefèvre (ML00008), with session 1
 * and objective 1; the route walker signs in as ML00001, who is in no pair, so every member page answers 403.
 */
public class MentorshipRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        var membersOnly = List.of(LOGIN, DENIED, DENIED, DENIED, DENIED);
        var adminOnly = List.of(LOGIN, OK, DENIED, DENIED, DENIED);
        return Map.ofEntries(
                entry("/me/mentorships", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/api/v1/programmes/1/mentorships", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/mentorships/1", membersOnly),
                entry("/mentorships/1/objectives/1", membersOnly),
                entry("/mentorships/1/sessions/1", membersOnly),
                entry("/mentorships/1/sessions/1/invitation.ics", membersOnly),
                entry("/mentorships/1/reviews/mid_point", membersOnly),
                entry("/mentorships/1/reviews/closing", membersOnly),
                entry("/mentorships/999999", List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)),
                entry("/admin/mentorships", adminOnly),
                entry("/admin/mentorships/1", adminOnly),
                entry("/admin/programmes/1/pairs", adminOnly),
                entry("/admin/programmes/999999/pairs", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)));
    }
}
