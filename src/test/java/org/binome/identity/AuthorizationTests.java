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
 * Each role's home page and navigation. The designed answer of every route for every visitor is walked by {@link
 * RouteCoverageTests}, from the tables every module declares ({@link RouteExpectations}); the shell's and identity's
 * own pages are declared here.
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
                    Map.entry("/api/v1/openapi", List.of(LOGIN, OK, DENIED, DENIED, DENIED)),
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
                "/me", List.of(Role.PARTICIPANT),
                "/admin/skills/map", List.of(Role.ADMIN),
                "/me/skills", List.of(Role.PARTICIPANT));
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
                var header = page.substring(0, page.indexOf("</header>"));
                if (header.contains("href=\"" + href + "\"")) {
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
