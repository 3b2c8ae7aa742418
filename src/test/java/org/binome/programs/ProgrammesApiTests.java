package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.binome.identity.ApiTokenFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programmes, applications and pairs for integrations, through {@code /api/v1} with a {@code programmes:read} token:
 * statuses, dates and who, never what anyone wrote; unknown programmes and missing scopes answer RFC 9457 problems.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ProgrammesApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private final String p = UUID.randomUUID().toString().substring(0, 6);

    private MockHttpServletResponse call(String path, String token) throws Exception {
        var response = mvc.perform(get(path).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    private static Set<String> fields(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }

    private long programmeWithPairs() {
        return jdbc.sql("select program_id from mentorship group by program_id order by count(*) desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();
    }

    @Test
    void aProgrammesTokenReadsProgrammesWithTheirStatusesAndDates() throws Exception {
        var token = ApiTokenFixtures.create(context, "programmes " + p, "programmes:read");
        var list = call("/api/v1/programmes", token);
        assertThat(list.getStatus()).isEqualTo(200);
        var programmes = json(list);
        long count = jdbc.sql("select count(*) from program").query(Long.class).single();
        assertThat(programmes.size()).isEqualTo((int) count);
        var first = programmes.get(0);
        assertThat(fields(first))
                .containsExactlyInAnyOrder(
                        "id", "name", "status", "published", "format", "mentorCapacity", "menteeCapacity", "timeline");

        var id = programmeWithPairs();
        var one = json(call("/api/v1/programmes/" + id, token));
        var name = jdbc.sql("select name from program where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(one.get("name").asString()).isEqualTo(name);
        assertThat(one.get("timeline").get(0).propertyNames()).containsExactly("phase", "date");
    }

    @Test
    void applicationsGiveWhoWhichRoleAndTheStatusNeverTheirContent() throws Exception {
        var token = ApiTokenFixtures.create(context, "applications " + p, "programmes:read");
        var id = programmeWithPairs();
        var answer = call("/api/v1/programmes/" + id + "/applications", token);
        assertThat(answer.getStatus()).isEqualTo(200);
        var applications = json(answer);
        long count = jdbc.sql("select count(*) from program_application where program_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(applications.size()).isEqualTo((int) count).isPositive();
        for (var application : applications) {
            assertThat(fields(application))
                    .containsExactlyInAnyOrder("employeeNumber", "role", "status", "submittedAt", "reviewedAt");
        }
    }

    @Test
    void mentorshipsGiveMembersStatusAndDatesNeverTheirContent() throws Exception {
        var token = ApiTokenFixtures.create(context, "pairs " + p, "programmes:read");
        var id = programmeWithPairs();
        var answer = call("/api/v1/programmes/" + id + "/mentorships", token);
        assertThat(answer.getStatus()).isEqualTo(200);
        var pairs = json(answer);
        long count = jdbc.sql("select count(*) from mentorship where program_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(pairs.size()).isEqualTo((int) count).isPositive();
        for (var pair : pairs) {
            assertThat(fields(pair))
                    .containsExactlyInAnyOrder(
                            "id", "programmeId", "status", "mentors", "mentees", "createdOn", "startedOn", "endedOn");
            assertThat(pair.get("programmeId").asLong()).isEqualTo(id);
        }
    }

    @Test
    void anUnknownProgrammeIsAProblemDocument() throws Exception {
        var token = ApiTokenFixtures.create(context, "unknown " + p, "programmes:read");
        for (var path : new String[] {
            "/api/v1/programmes/987654",
            "/api/v1/programmes/987654/applications",
            "/api/v1/programmes/987654/mentorships"
        }) {
            var answer = call(path, token);
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(json(answer).get("detail").asString()).as(path).contains("987654");
        }
        var notANumber = call("/api/v1/programmes/abc", token);
        assertThat(notANumber.getStatus()).isEqualTo(404);
        assertThat(notANumber.getContentType()).startsWith("application/problem+json");
        assertThat(json(notANumber).get("code").asString()).isEqualTo("api.error.programmeNotFound");
    }

    @Test
    void aTokenWithoutTheProgrammesScopeOrExpiredReadsNothing() throws Exception {
        var directory = ApiTokenFixtures.create(context, "directory only " + p, "directory:read", "scim");
        for (var path : new String[] {
            "/api/v1/programmes",
            "/api/v1/programmes/1",
            "/api/v1/programmes/1/applications",
            "/api/v1/programmes/1/mentorships"
        }) {
            var answer = call(path, directory);
            assertThat(answer.getStatus()).as(path).isEqualTo(403);
            assertThat(answer.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.getHeader("WWW-Authenticate")).as(path).contains("insufficient_scope", "programmes:read");
            assertThat(answer.getContentAsString()).as(path).doesNotContain("\"name\"", "employeeNumber");
        }
        var expired = ApiTokenFixtures.create(context, "expired programmes " + p, "programmes:read");
        jdbc.sql("update api_token set expires_at = ? where name = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), "expired programmes " + p)
                .update();
        var late = call("/api/v1/programmes", expired);
        assertThat(late.getStatus()).isEqualTo(401);
        assertThat(late.getHeader("WWW-Authenticate")).contains("invalid_token");
        assertThat(late.getContentType()).startsWith("application/problem+json");
    }
}
