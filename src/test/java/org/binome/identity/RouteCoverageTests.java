package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every route of the application, read from Spring's handler mappings at test time, for every visitor (nobody,
 * ADMIN, SPONSOR, PARTICIPANT, FACILITATOR), GET and POST alike.
 *
 * <ul>
 *   <li>Each mapping (pattern and method) must be covered by at least one expectation of a {@link RouteExpectations}
 *       table, or the test fails naming it with the answers it gives today, ready to check and paste. A new route
 *       cannot be forgotten.
 *   <li>Each expectation is requested by every visitor and must give its designed answer. State-changing methods are
 *       sent with a valid CSRF token, and again without one: that must be refused (403) for every visitor.
 *   <li>Every role walks as employee ML00001, who belongs to no programme, pair, circle or help request: for a URL
 *       naming an object, that is the user who is not a member of it.
 * </ul>
 *
 * Each route is walked inside a transaction that is rolled back, so the walk changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class RouteCoverageTests {

    static final List<Role> ROLES = List.of(Role.ADMIN, Role.SPONSOR, Role.PARTICIPANT, Role.FACILITATOR);
    private static final List<String> VISITORS = List.of("nobody", "ADMIN", "SPONSOR", "PARTICIPANT", "FACILITATOR");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyMappingOfTheApplicationHasAnExpectation() throws Exception {
        var mappings = Routes.mappings(context);
        var expectations = Routes.expectations();
        var covered = new java.util.HashSet<Routes.Mapping>();
        var stale = new ArrayList<String>();
        for (var expectation : expectations) {
            var target = Routes.target(mappings, expectation.method(), expectation.path());
            if (target == null) {
                if (!expectation.answers().stream()
                        .allMatch(a -> a.equals(RouteExpectations.NOT_FOUND)
                                || a.equals(RouteExpectations.LOGIN)
                                || a.equals("405"))) {
                    stale.add(expectation + " in " + expectation.table());
                }
            } else {
                covered.add(target);
            }
        }
        var missing = new ArrayList<String>();
        for (var mapping : mappings) {
            if (!covered.contains(mapping)) {
                var url = Routes.concrete(mapping.pattern());
                var key = mapping.method().equals("GET") ? url : mapping.method() + " " + url;
                var observed = new ArrayList<String>();
                for (int i = 0; i < VISITORS.size(); i++) {
                    observed.add(answerWord(perform(mapping.method(), url, i, true)));
                }
                missing.add(mapping + "\n        today: entry(\"" + key + "\", List.of(" + String.join(", ", observed)
                        + "))");
            }
        }
        assertThat(stale)
                .as("expectations that reach no route of the application (remove or fix them)")
                .isEmpty();
        assertThat(missing)
                .as("routes without an expectation: add one per route to the module's RouteExpectations (in its test"
                        + " package) with the answer designed for nobody, ADMIN, SPONSOR, PARTICIPANT, FACILITATOR;"
                        + " check the answers given today before copying them")
                .isEmpty();
        assertThat(mappings.size()).as("routes read from the handler mappings").isGreaterThan(100);
    }

    @Test
    void everyRouteGivesEachVisitorItsDesignedAnswerAndRefusesAForgedRequest() {
        var soft = new SoftAssertions();
        int requests = 0;
        var perMethod = new TreeMap<String, Integer>();
        for (var expectation : Routes.expectations()) {
            // Token-only routes (SCIM) take no CSRF token: no browser session ever reaches them (401 without a token).
            boolean changesState =
                    !SAFE.contains(expectation.method()) && !expectation.path().startsWith("/scim/");
            for (int visitor = 0; visitor < VISITORS.size(); visitor++) {
                var expected = expectation.answers().get(visitor);
                var response = perform(expectation.method(), expectation.url(), visitor, true);
                requests++;
                soft.assertThat(answerWord(response))
                        .as("%s on %s (%s)", VISITORS.get(visitor), expectation, expectation.table())
                        .isEqualTo(expected);
                if (changesState) {
                    var forged = perform(expectation.method(), expectation.url(), visitor, false);
                    requests++;
                    soft.assertThat(forged.getStatus())
                            .as("%s on %s without its CSRF token", VISITORS.get(visitor), expectation)
                            .isEqualTo(403);
                }
            }
            perMethod.merge(expectation.method(), 1, Integer::sum);
        }
        System.out.printf(
                "Route coverage: %d expectations %s x %d visitors, %d requests%n",
                perMethod.values().stream().mapToInt(Integer::intValue).sum(), perMethod, VISITORS.size(), requests);
        soft.assertAll();
    }

    /** The answer as the tables write it: "login" for a sign-in redirect or a 401, else the status code. */
    static String answerWord(MockHttpServletResponse response) {
        var location = response.getRedirectedUrl();
        if (response.getStatus() == 401
                || (response.getStatus() == 302 && location != null && location.endsWith("/login"))) {
            return RouteExpectations.LOGIN;
        }
        return String.valueOf(response.getStatus());
    }

    /** One request by one visitor, in a transaction rolled back afterwards; an escaped exception is a 500. */
    MockHttpServletResponse perform(String method, String url, int visitor, boolean withCsrf) {
        var template = new TransactionTemplate(transactions);
        return template.execute(status -> {
            status.setRollbackOnly();
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
            if (visitor > 0) {
                request.with(user(TestUsers.withRoles(ROLES.get(visitor - 1))));
            }
            if (withCsrf && !SAFE.contains(method)) {
                request.with(csrf());
            }
            try {
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception escaped) {
                var response = new MockHttpServletResponse();
                response.setStatus(500);
                return response;
            }
        });
    }

    static Map<String, Integer> countByMethod(List<Routes.Mapping> mappings) {
        var counts = new LinkedHashMap<String, Integer>();
        mappings.forEach(m -> counts.merge(m.method(), 1, Integer::sum));
        return counts;
    }
}
