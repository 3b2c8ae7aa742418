package org.binome.feedback;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * Survey pages. Every role walks as ML00001, who is invited to no survey; survey 1 is a default survey (created on
 * start). Invitation 999999 does not exist.
 */
public class FeedbackRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/me/surveys", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/me/surveys/999999", List.of(LOGIN, DENIED, DENIED, NOT_FOUND, DENIED)),
                entry("/admin/surveys", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/1/versions/1", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/999999/versions/1", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/results", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/new", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/1/edit", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/999999/edit", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry(
                        "/admin/surveys/results?programme=1&department=Informatique",
                        List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/results.csv", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/surveys/results.xlsx", List.of(LOGIN, OK, DENIED, DENIED, DENIED)));
    }
}
