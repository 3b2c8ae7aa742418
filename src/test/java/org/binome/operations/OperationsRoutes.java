package org.binome.operations;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.binome.identity.RouteExpectations;

public class OperationsRoutes implements RouteExpectations {

    @Override
    public Map<String, List<String>> routes() {
        return Map.ofEntries(entry("/admin/operations", List.of(LOGIN, OK, DENIED, DENIED, DENIED)));
    }
}
