package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.binome.identity.ApiTokenFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SCIM 2.0 conformance: the request sequences Entra ID and Okta send (fixtures in {@code src/test/resources/scim}),
 * every operation, the discovery documents, bad input (unknown attributes, malformed filters and bodies), and
 * deprovisioning: {@code active=false} ends the person's account exactly as a departure in the HR import does.
 */
@SpringBootTest(properties = {"binome.scim.default-department=Non renseigné", "binome.scim.default-site=Siège"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@EnableScenarios
class ScimTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private String token;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void token() {
        token = ApiTokenFixtures.create(context, "scim " + run, "scim");
    }

    private MockHttpServletResponse call(HttpMethod method, String path, String body) throws Exception {
        var builder = request(method, URI.create("/scim/v2" + path))
                .header("Authorization", "Bearer " + token)
                .accept("application/scim+json");
        if (body != null) {
            builder = builder.contentType("application/scim+json").content(body.getBytes(StandardCharsets.UTF_8));
        }
        var response = mvc.perform(builder).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private MockHttpServletResponse patch(String id, String body) {
        try {
            return call(HttpMethod.PATCH, "/Users/" + id, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String accountStatus(String number) {
        return jdbc.sql("select status from user_account where employee_number = ?")
                .param(number)
                .query(String.class)
                .single();
    }

    private JsonNode json(MockHttpServletResponse response) {
        try {
            return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String managerId() {
        return String.valueOf(jdbc.sql("select id from person where employee_number = 'ML00001'")
                .query(Long.class)
                .single());
    }

    private void replay(String fixture, Map<String, String> variables) throws Exception {
        var steps = JSON.readTree(new ClassPathResource("scim/" + fixture).getInputStream())
                .get("steps");
        for (var step : steps) {
            var name = step.get("name").asString();
            var path = substitute(step.get("path").asString(), variables);
            var body = step.has("body") ? substitute(step.get("body").toString(), variables) : null;
            var response = call(HttpMethod.valueOf(step.get("method").asString()), path, body);
            assertThat(response.getStatus())
                    .as(fixture + ": " + name + " → " + response.getContentAsString())
                    .isEqualTo(step.get("status").asInt());
            if (response.getStatus() != 204) {
                assertThat(response.getContentType()).as(name).startsWith("application/scim+json");
            }
            if (step.has("save")) {
                variables.put(
                        step.get("save").asString(), json(response).get("id").asString());
            }
            if (step.has("expect")) {
                var answer = json(response);
                for (var expected : step.get("expect").properties()) {
                    var actual = at(answer, expected.getKey());
                    assertThat(actual)
                            .as(fixture + ": " + name + ": " + expected.getKey())
                            .isNotNull();
                    assertThat(actual.asString())
                            .as(fixture + ": " + name + ": " + expected.getKey())
                            .isEqualTo(substitute(expected.getValue().asString(), variables));
                }
            }
        }
    }

    /** A value by dotted path; the enterprise extension's name is one step. */
    private static JsonNode at(JsonNode node, String path) {
        var extension = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        if (path.startsWith(extension + ".")) {
            node = node.get(extension);
            path = path.substring(extension.length() + 1);
        }
        for (var part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static String substitute(String text, Map<String, String> variables) {
        for (var variable : variables.entrySet()) {
            text = text.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return text;
    }

    @Test
    void theSequenceEntraIdSendsProvisionsUpdatesDisablesAndDeletesAPerson() throws Exception {
        var variables = new HashMap<String, String>();
        variables.put("userName", "lea.fontaine." + run + "@example.com");
        variables.put("externalId", UUID.randomUUID().toString());
        variables.put("employeeNumber", "E" + run);
        variables.put("managerId", managerId());
        replay("entra-id.json", variables);
        var person = jdbc.sql("select status, scim_deleted, department, site from person where employee_number = ?")
                .param("E" + run)
                .query((rs, i) ->
                        rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .single();
        // Deleted for SCIM, kept in the directory as left (pairs and history keep their names).
        assertThat(person).isEqualTo("LEFT true Ressources humaines Lyon");
    }

    @Test
    void theSequenceOktaSendsProvisionsUpdatesDeactivatesAndReactivatesAPerson() throws Exception {
        var variables = new HashMap<String, String>();
        variables.put("userName", "test.user." + run + "@okta.local");
        variables.put("externalId", "00u" + run);
        replay("okta.json", variables);
        var person = jdbc.sql("select status, first_name, department, site from person where employee_number = ?")
                .param("00u" + run)
                .query((rs, i) ->
                        rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .single();
        // Okta sends neither department nor site: the configured defaults fill them.
        assertThat(person).isEqualTo("ACTIVE Another Non renseigné Siège");
    }

    @Test
    void deactivatingAPersonDisablesTheirAccountAsADepartureDoes(Scenario scenario) throws Exception {
        var number = "D" + run;
        var created = call(HttpMethod.POST, "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%1$s@example.com",
                 "name": {"givenName": "Paul", "familyName": "Durand"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "%1$s"}}
                """.formatted(number));
        assertThat(created.getStatus()).isEqualTo(201);
        var id = json(created).get("id").asString();
        jdbc.sql("insert into user_account (username, display_name, email, password_hash, roles, employee_number,"
                        + " created_at, status, email_key, employee_key) values (?, 'Paul Durand', ?, null,"
                        + " 'PARTICIPANT', ?, current_timestamp, 'ACTIVE', ?, ?)")
                .params(
                        number.toLowerCase() + "@example.com",
                        number.toLowerCase() + "@example.com",
                        number,
                        number.toLowerCase() + "@example.com",
                        number.toLowerCase())
                .update();

        // The departure is an event: identity disables the account once it is handled, after the commit.
        scenario.stimulate(tx -> patch(id, """
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "replace", "path": "active", "value": false}]}
                        """))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> accountStatus(number), "DISABLED"::equals)
                .andVerify((status, patched) -> {
                    assertThat(patched.getStatus()).isEqualTo(200);
                    assertThat(json(patched).get("active").asBoolean()).isFalse();
                    assertThat(status).isEqualTo("DISABLED");
                });
        var leaving = jdbc.sql("select status, leaving_date from person where employee_number = ?")
                .param(number)
                .query((rs, i) -> rs.getString(1) + " " + (rs.getDate(2) != null))
                .single();
        assertThat(leaving).isEqualTo("LEFT true");
    }

    @Test
    void aPatchNamingAnUnknownAttributeOrAMalformedOneChangesNothing() throws Exception {
        var id = managerId();
        var before = call(HttpMethod.GET, "/Users/" + id, null).getContentAsString();
        var unknown = call(HttpMethod.PATCH, "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "name.familyName", "value": "Changé"},
                                {"op": "replace", "path": "shoeSize", "value": "44"}]}
                """);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(json(unknown).get("scimType").asString()).isEqualTo("invalidPath");
        assertThat(json(unknown).get("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(json(unknown).get("detail").asString()).contains("shoeSize");

        var badOp = call(HttpMethod.PATCH, "/Users/" + id, """
                {"Operations": [{"op": "merge", "path": "title", "value": "x"}]}""");
        assertThat(badOp.getStatus()).isEqualTo(400);
        var notJson = call(HttpMethod.PATCH, "/Users/" + id, "{not json");
        assertThat(notJson.getStatus()).isEqualTo(400);
        assertThat(json(notJson).get("scimType").asString()).isEqualTo("invalidSyntax");
        var badActive = call(HttpMethod.PATCH, "/Users/" + id, """
                {"Operations": [{"op": "replace", "path": "active", "value": "perhaps"}]}""");
        assertThat(badActive.getStatus()).isEqualTo(400);
        var stale = mvc.perform(request(HttpMethod.PATCH, URI.create("/scim/v2/Users/" + id))
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", "W/\"-1\"")
                        .contentType("application/scim+json")
                        .content("{\"Operations\": [{\"op\": \"replace\", \"path\": \"title\", \"value\": \"x\"}]}"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(412);

        assertThat(call(HttpMethod.GET, "/Users/" + id, null).getContentAsString())
                .isEqualTo(before);
    }

    @Test
    void groupsAreReadOnlyAndEveryWriteAnswersAScimErrorDocument() throws Exception {
        var before = call(HttpMethod.GET, "/Groups", null).getContentAsString();
        var id = json(call(HttpMethod.GET, "/Groups?excludedAttributes=members", null))
                .get("Resources")
                .get(0)
                .get("id")
                .asString();
        var group = """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Nouveau service"}""";
        var patch = """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "displayName", "value": "Renommé"}]}""";
        for (var write : java.util.List.of(
                java.util.List.of("POST", "/Groups", group),
                java.util.List.of("PUT", "/Groups/" + id, group),
                java.util.List.of("PATCH", "/Groups/" + id, patch),
                java.util.List.of("DELETE", "/Groups/" + id, ""))) {
            var answer = call(
                    HttpMethod.valueOf(write.get(0)), write.get(1), write.get(2).isEmpty() ? null : write.get(2));
            assertThat(answer.getStatus()).as(write.get(0)).isEqualTo(501);
            assertThat(answer.getContentType()).as(write.get(0)).startsWith("application/scim+json");
            var error = json(answer);
            assertThat(error.get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
            assertThat(error.get("status").asString()).isEqualTo("501");
            assertThat(error.get("scimType").asString()).isEqualTo("mutability");
            assertThat(error.get("detail").asString())
                    .isEqualTo(messages.getMessage("scim.error.groupsReadOnly", null, java.util.Locale.ENGLISH));
        }
        assertThat(call(HttpMethod.GET, "/Groups", null).getContentAsString()).isEqualTo(before);
    }

    @Test
    void malformedFiltersAreRefusedWithInvalidFilter() throws Exception {
        for (var filter : new String[] {
            "userName", "userName eq", "userName xx \"a\"", "userName eq \"a", "userName eq \"a\" or x eq \"b\""
        }) {
            var answer = call(
                    HttpMethod.GET,
                    "/Users?filter="
                            + java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8)
                                    .replace("+", "%20"),
                    null);
            assertThat(answer.getStatus()).as(filter).isEqualTo(400);
            assertThat(json(answer).get("scimType").asString()).as(filter).isEqualTo("invalidFilter");
        }
    }

    @Test
    void aCreationWithoutRequiredAttributesIsRefusedAndCreatesNobody() throws Exception {
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        var answer = call(HttpMethod.POST, "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "x%s@example.com",
                 "externalId": "X%s", "name": {"familyName": "Sans Prénom"}}""".formatted(run, run));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(json(answer).get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(json(answer).get("detail").asString()).contains("name.givenName");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void departmentsAreGroupsWithTheirActiveMembers() throws Exception {
        var answer = call(HttpMethod.GET, "/Groups?excludedAttributes=members", null);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        var list = json(answer);
        assertThat(list.get("totalResults").asInt()).isPositive();
        var first = list.get("Resources").get(0);
        assertThat(first.has("members")).isFalse();
        var name = first.get("displayName").asString();
        var filtered = json(call(
                HttpMethod.GET,
                "/Groups?filter="
                        + java.net.URLEncoder.encode("displayName eq \"" + name + "\"", StandardCharsets.UTF_8)
                                .replace("+", "%20"),
                null));
        assertThat(filtered.get("totalResults").asInt()).isEqualTo(1);
        var group = json(call(HttpMethod.GET, "/Groups/" + first.get("id").asString(), null));
        assertThat(group.get("members").size())
                .isEqualTo(jdbc.sql("select count(*) from person where department = ? and status = 'ACTIVE'"
                                + " and scim_deleted = false")
                        .param(name)
                        .query(Integer.class)
                        .single());
        assertThat(call(HttpMethod.GET, "/Groups/bm9uZQ", null).getStatus()).isEqualTo(404);
    }

    @Test
    void theDiscoveryDocumentsDescribeWhatIsSupported() throws Exception {
        var config = json(call(HttpMethod.GET, "/ServiceProviderConfig", null));
        assertThat(config.get("patch").get("supported").asBoolean()).isTrue();
        assertThat(config.get("bulk").get("supported").asBoolean()).isFalse();
        assertThat(config.get("filter").get("maxResults").asInt()).isEqualTo(200);
        assertThat(config.get("authenticationSchemes").get(0).get("type").asString())
                .isEqualTo("oauthbearertoken");
        var types = json(call(HttpMethod.GET, "/ResourceTypes", null));
        assertThat(types.get("totalResults").asInt()).isEqualTo(2);
        assertThat(json(call(HttpMethod.GET, "/ResourceTypes/User", null))
                        .get("endpoint")
                        .asString())
                .isEqualTo("/Users");
        var schemas = json(call(HttpMethod.GET, "/Schemas", null));
        assertThat(schemas.get("totalResults").asInt()).isEqualTo(3);
        assertThat(call(HttpMethod.GET, "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", null)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void scimNeedsATokenWithTheScimScope() throws Exception {
        var none = mvc.perform(request(HttpMethod.GET, URI.create("/scim/v2/Users")))
                .andReturn()
                .getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/scim+json");
        var reader = ApiTokenFixtures.create(context, "reader " + run, "directory:read", "directory:write");
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        var refused = mvc.perform(request(HttpMethod.POST, URI.create("/scim/v2/Users"))
                        .header("Authorization", "Bearer " + reader)
                        .contentType("application/scim+json")
                        .content("{\"userName\": \"z@example.com\", \"externalId\": \"Z1\","
                                + " \"name\": {\"givenName\": \"Z\", \"familyName\": \"Z\"}}"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains(ApiTokensAnswer.SCIM_ERROR);
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before);
    }

    /** The error schema, as a constant of the test. */
    private static final class ApiTokensAnswer {
        static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    }
}
