package org.binome.people;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/** Directory, HR import and skills routes. */
public class PeopleRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/admin/people/import", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/people/ML00001/edit", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/skills", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/skills/genai", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/skills/map", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/skills/map.csv", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/skills/people/ML00001", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/me/skills", List.of(LOGIN, DENIED, DENIED, OK, DENIED)));
    }
}
