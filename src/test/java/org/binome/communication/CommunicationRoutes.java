package org.binome.communication;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

public class CommunicationRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/notifications", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/me/notifications/preferences", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                entry("/announcements", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/admin/announcements", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/outbox", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/outbox?status=FAILED", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/outbox/999999999", List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)));
    }
}
