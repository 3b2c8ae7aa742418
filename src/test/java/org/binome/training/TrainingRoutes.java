package org.binome.training;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/**
 * Training routes. Demo data: programme 1 runs, circle 1 is its demo circle (facilitated by ML00021, not by the
 * ML00001 every role walks with), sessions 1 and 2 were held in it. ML00001 takes part in no programme.
 */
public class TrainingRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/admin/programmes/1/training", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/training/new?role=MENTOR", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/training/999999/edit", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/999999/training", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)),
                entry("/admin/programmes/1/circles", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/me/training", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/me/training/1", List.of(LOGIN, DENIED, DENIED, NOT_FOUND, DENIED)),
                entry("/me/circles/1", List.of(LOGIN, DENIED, DENIED, NOT_FOUND, DENIED)),
                entry("/me/help", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/facilitation/circles", List.of(LOGIN, OK, DENIED, DENIED, OK)),
                entry("/facilitation/circles/1", List.of(LOGIN, OK, DENIED, DENIED, NOT_FOUND)),
                entry("/facilitation/circles/1/sessions/1", List.of(LOGIN, DENIED, DENIED, DENIED, NOT_FOUND)),
                entry("/facilitation/help", List.of(LOGIN, OK, DENIED, DENIED, OK)),
                entry("/facilitation/help/999999", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, NOT_FOUND)));
    }
}
