package org.binome.privacy;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

/** The privacy pages: the notice is public; each person's page is their own; the tools are administrators' only. */
public class PrivacyRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(
                entry("/privacy/notice", List.of(OK, OK, OK, OK, OK)),
                entry("/privacy/notice?version=999999", List.of(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)),
                entry("/privacy/me", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/privacy/me/export.json", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/privacy/me/export.html", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/privacy/me/export.pdf", List.of(LOGIN, OK, OK, OK, OK)),
                entry("/admin/privacy", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy?number=ML00001", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/audit", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/notice", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/retention", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/record", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/record.csv", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/people/ML00001/export.json", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry("/admin/privacy/people/ML00001/export.pdf", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                entry(
                        "/admin/privacy/people/NOBODY-99/export.html",
                        List.of(LOGIN, NOT_FOUND, DENIED, DENIED, DENIED)));
    }
}
