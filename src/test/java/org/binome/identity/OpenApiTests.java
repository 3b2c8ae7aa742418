package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes every {@code /api/v1} route the application has, read from its handler mappings. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theOpenApiDocumentListsEveryApiRoute() throws Exception {
        var answer = mvc.perform(get("/api/v1/openapi").with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        var paths = JsonMapper.builder()
                .build()
                .readTree(answer.getContentAsString())
                .get("paths");
        var routes = Routes.mappings(context).stream()
                .filter(m -> m.pattern().startsWith("/api/v1/"))
                .filter(m -> !m.pattern().startsWith("/api/v1/openapi")
                        && !m.pattern().startsWith("/api/v1/docs"))
                .toList();
        assertThat(routes).isNotEmpty();
        for (var route : routes) {
            var path = paths.get(route.pattern());
            assertThat(path).as("OpenAPI path for " + route).isNotNull();
            assertThat(path.get(route.method().toLowerCase(Locale.ROOT)))
                    .as("OpenAPI operation for " + route)
                    .isNotNull();
        }
    }

    @Test
    void aProgrammesMissingIdIsDocumentedAsAProblem() throws Exception {
        var answer = mvc.perform(get("/api/v1/openapi").with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse();
        var paths = JsonMapper.builder()
                .build()
                .readTree(answer.getContentAsString())
                .get("paths");
        for (var route : java.util.List.of(
                "/api/v1/programmes/{id}",
                "/api/v1/programmes/{id}/applications",
                "/api/v1/programmes/{id}/mentorships")) {
            var missing = paths.get(route).get("get").get("responses").get("404");
            assertThat(missing).as(route + " documents its 404").isNotNull();
            assertThat(missing.get("description").asString()).isEqualTo("No programme has this id");
            assertThat(missing.get("content").has("application/problem+json"))
                    .as(route)
                    .isTrue();
        }
    }
}
