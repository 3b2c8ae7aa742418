package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks every route with every role and with nobody signed in, and checks the designed answer. A new route must be
 * added here, with its expected answer for each role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AuthorizationTests {

    /** The shell's and identity's own routes; every module adds its own {@link RouteExpectations}. */
    static class FoundationRoutes implements RouteExpectations {
        @Override
        public Map<String, List<String>> routes() {
            return Map.ofEntries(
                    Map.entry("/login", List.of(OK, "302", "302", "302", "302")),
                    Map.entry("/actuator/health", List.of(OK, OK, OK, OK, OK)),
                    Map.entry("/actuator/health/readiness", List.of(OK, OK, OK, OK, OK)),
                    Map.entry("/actuator/prometheus", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                    Map.entry("/", List.of(LOGIN, "302", "302", "302", "302")),
                    Map.entry("/admin", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                    Map.entry("/admin/people", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                    Map.entry("/admin/people/ML00001", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
                    Map.entry("/sponsor", List.of(LOGIN, OK, OK, DENIED, DENIED)),
                    Map.entry("/facilitation", List.of(LOGIN, OK, DENIED, DENIED, OK)),
                    Map.entry("/me", List.of(LOGIN, DENIED, DENIED, OK, DENIED)),
                    Map.entry("/account/password", List.of(LOGIN, OK, OK, OK, OK)),
                    Map.entry("/api/v1/openapi", List.of("401", OK, DENIED, DENIED, DENIED)),
                    Map.entry("/no/such/page", List.of(LOGIN, "404", "404", "404", "404")));
        }
    }

    private static final String LOGIN = RouteExpectations.LOGIN;
    private static final String OK = RouteExpectations.OK;
    private static final String DENIED = RouteExpectations.DENIED;

    /** route -> expected answer for: nobody, ADMIN, SPONSOR, PARTICIPANT, FACILITATOR, from every module. */
    private static final Map<String, List<String>> ROUTES = allRoutes();

    private static Map<String, List<String>> allRoutes() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                new org.springframework.core.type.filter.AssignableTypeFilter(RouteExpectations.class));
        var routes = new java.util.TreeMap<String, List<String>>();
        for (var candidate : scanner.findCandidateComponents("org.binome")) {
            try {
                var table = (RouteExpectations) Class.forName(candidate.getBeanClassName())
                        .getDeclaredConstructor()
                        .newInstance();
                table.routes().forEach((route, answers) -> {
                    if (routes.put(route, answers) != null) {
                        throw new IllegalStateException(route + " is declared twice");
                    }
                });
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.SPONSOR, Role.PARTICIPANT, Role.FACILITATOR);

    @Autowired
    MockMvc mvc;

    @Test
    void everyModuleDeclaresItsRoutes() {
        assertThat(ROUTES).containsKeys("/admin", "/admin/programmes", "/programmes");
    }

    @Test
    void everyRouteGivesEachRoleItsDesignedAnswer() throws Exception {
        var soft = new SoftAssertions();
        for (var route : ROUTES.entrySet()) {
            var expected = route.getValue();
            var anonymous = mvc.perform(get(route.getKey())).andReturn().getResponse();
            if (expected.get(0).equals(LOGIN)) {
                soft.assertThat(anonymous.getStatus())
                        .as("nobody on %s", route.getKey())
                        .isEqualTo(302);
                soft.assertThat(anonymous.getRedirectedUrl())
                        .as("nobody on %s", route.getKey())
                        .endsWith("/login");
            } else {
                soft.assertThat(String.valueOf(anonymous.getStatus()))
                        .as("nobody on %s", route.getKey())
                        .isEqualTo(expected.get(0));
            }
            for (int i = 0; i < ROLES.size(); i++) {
                var response = mvc.perform(get(route.getKey()).with(user(TestUsers.withRoles(ROLES.get(i)))))
                        .andReturn()
                        .getResponse();
                soft.assertThat(String.valueOf(response.getStatus()))
                        .as("%s on %s", ROLES.get(i), route.getKey())
                        .isEqualTo(expected.get(i + 1));
            }
        }
        soft.assertAll();
    }

    @Test
    void eachRoleIsSentToItsOwnHomePage() throws Exception {
        var expected = Map.of(
                Role.ADMIN, "/admin",
                Role.SPONSOR, "/sponsor",
                Role.PARTICIPANT, "/me",
                Role.FACILITATOR, "/facilitation");
        var soft = new SoftAssertions();
        for (var role : ROLES) {
            var response = mvc.perform(get("/").with(user(TestUsers.withRoles(role))))
                    .andReturn()
                    .getResponse();
            soft.assertThat(response.getRedirectedUrl()).as(role.name()).isEqualTo(expected.get(role));
        }
        soft.assertAll();
    }

    @Test
    void navigationShowsEachRoleOnlyItsOwnEntries() throws Exception {
        var entries = Map.of(
                "/admin/people", List.of(Role.ADMIN),
                "/sponsor", List.of(Role.ADMIN, Role.SPONSOR),
                "/facilitation", List.of(Role.FACILITATOR),
                "/me", List.of(Role.PARTICIPANT));
        var soft = new SoftAssertions();
        for (var role : ROLES) {
            var home = Stream.of("/admin", "/sponsor", "/me", "/facilitation")
                    .filter(path ->
                            ROUTES.get(path).get(ROLES.indexOf(role) + 1).equals(OK))
                    .findFirst()
                    .orElseThrow();
            var page = mvc.perform(get(home).with(user(TestUsers.withRoles(role))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var shown = new ArrayList<String>();
            entries.keySet().forEach(href -> {
                if (page.contains("class=\"nav-link\" href=\"" + href + "\"")) {
                    shown.add(href);
                }
            });
            var wanted = entries.entrySet().stream()
                    .filter(e -> e.getValue().contains(role))
                    .map(Map.Entry::getKey)
                    .toList();
            soft.assertThat(shown).as("navigation of %s", role).containsExactlyInAnyOrderElementsOf(wanted);
        }
        soft.assertAll();
    }
}
