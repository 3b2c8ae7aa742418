package org.binome.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class OperationsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OperationsController operations;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRequestIsTimedOnceForItsRouteNotOnceMoreForEachSecurityFilterOrRepositoryCall() throws Exception {
        var admin = user(TestUsers.person("admin", "ML00002", "fr", Role.ADMIN, Role.PARTICIPANT));
        mvc.perform(get("/admin").with(admin)).andExpect(status().isOk());

        assertThat(meters.find("http.server.requests").tag("uri", "/admin").timer())
                .as("the route's own figures")
                .isNotNull();
        assertThat(meters.find("spring.security.filterchains").meters())
                .as("timers around each security filter")
                .isEmpty();
        assertThat(meters.find("spring.security.authorizations").meters()).isEmpty();
        assertThat(meters.find("spring.data.repository.invocations").meters())
                .as("a timer per repository call")
                .isEmpty();
    }

    @Test
    void theOperatorSeesEachRouteOnceWithItsCallsTimeAndStatements() throws Exception {
        var admin = user(TestUsers.person("admin", "ML00002", "fr", Role.ADMIN, Role.PARTICIPANT));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/admin").with(admin)).andExpect(status().isOk());
        }

        var routes = operations.routes();
        var home = routes.stream()
                .filter(r -> r.method().equals("GET") && r.uri().equals("/admin"))
                .toList();
        assertThat(home).hasSize(1);
        assertThat(home.get(0).requests()).isGreaterThanOrEqualTo(3);
        assertThat(home.get(0).statements()).as("the page reads the database").isGreaterThan(0);
        assertThat(routes).noneMatch(r -> r.uri().startsWith("/css") || r.uri().startsWith("/webjars"));

        var page = mvc.perform(get("/admin/operations").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("GET /admin");
    }
}
