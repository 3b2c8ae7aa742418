package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * API tokens as an integration and an administrator meet them: shown once and stored as a digest, scopes enforced on
 * every route, expiry, revocation, the rate limit with 429 and Retry-After, no session and no CSRF for token calls.
 */
@SpringBootTest(properties = "binome.api.rate-limit=5")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private final String p = "T" + UUID.randomUUID().toString().substring(0, 6) + "-";

    private String csv() {
        return """
                matricule;prénom;nom;e-mail;direction;site
                %1$s1;Agnès;Dupré;%1$s1@example.org;Essais;Rennes
                """.formatted(p);
    }

    private MockHttpServletResponse importWith(String token) throws Exception {
        return mvc.perform(post("/api/v1/people/import")
                        .header("Authorization", "Bearer " + token)
                        .contentType("text/csv")
                        .content(csv().getBytes(StandardCharsets.UTF_8)))
                .andReturn()
                .getResponse();
    }

    private long people(String prefix) {
        return jdbc.sql("select count(*) from person where employee_number like ?")
                .param(prefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void anAdministratorCreatesATokenThatIsShownOnceAndStoredAsADigest() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var page = mvc.perform(post("/admin/api-tokens")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Nightly Workday " + p)
                        .param("scopes", "directory:write")
                        .param("expiresOn", LocalDate.now().plusDays(30).toString()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        var html = page.getContentAsString();
        var secret = html.replaceAll("(?s).*id=\"secret\"[^>]*value=\"(bnm_[A-Za-z0-9_-]{43})\".*", "$1");
        assertThat(secret).startsWith("bnm_").hasSize(47);

        var stored = jdbc.sql("select token_hash, token_prefix from api_token where name = ?")
                .param("Nightly Workday " + p)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(stored.get(0)).isEqualTo(Tokens.digest(secret)).doesNotContain(secret.substring(4));
        assertThat(stored.get(1)).isEqualTo(secret.substring(0, 8));

        var list = mvc.perform(get("/admin/api-tokens").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Nightly Workday " + p).doesNotContain(secret);

        // The token imports the HR file without a session and without a CSRF token.
        var answer = importWith(secret);
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Set-Cookie")).isNull();
        assertThat(people(p)).isEqualTo(1);
        var lastUsed = jdbc.sql("select last_used_at from api_token where name = ?")
                .param("Nightly Workday " + p)
                .query(Timestamp.class)
                .single();
        assertThat(lastUsed).isNotNull();
    }

    @Test
    void aTokenFormWithoutNameScopeOrFutureExpiryIsRefusedFieldByField() throws Exception {
        var page = mvc.perform(post("/admin/api-tokens")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("name", " ")
                        .param("scopes", "everything")
                        .param("expiresOn", LocalDate.now().minusDays(1).toString()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString())
                .contains("id=\"name-error\"", "id=\"scopes-error\"", "id=\"expiresOn-error\"")
                .doesNotContain("id=\"secret\"");
    }

    @Test
    void aTokenWithoutTheRouteScopeChangesNothing() throws Exception {
        var reader = ApiTokenFixtures.create(tokensContext(), "reader " + p, "directory:read", "scim");
        var answer = importWith(reader);
        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getContentAsString())
                .contains("apiTokens.refused.scope")
                .contains("directory:write");
        assertThat(answer.getHeader("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(people(p)).isZero();
    }

    @Test
    void aTokenOpensNoBrowserPageAndNoUndocumentedRoute() throws Exception {
        var all = ApiTokenFixtures.create(
                tokensContext(), "all " + p, "directory:read", "directory:write", "programmes:read", "scim");
        var docs = mvc.perform(get("/api/v1/openapi.yaml").header("Authorization", "Bearer " + all))
                .andReturn()
                .getResponse();
        assertThat(docs.getStatus()).isEqualTo(403);
        assertThat(docs.getContentAsString()).contains("apiTokens.refused.route");
        var admin = mvc.perform(get("/admin/accounts").header("Authorization", "Bearer " + all))
                .andReturn()
                .getResponse();
        assertThat(admin.getStatus()).isEqualTo(302);
        assertThat(admin.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aReadingTokenReadsTheDirectoryAndCannotWriteIt() throws Exception {
        var reader = ApiTokenFixtures.create(tokensContext(), "directory reader " + p, "directory:read");
        var person = mvc.perform(get("/api/v1/people/ML00001").header("Authorization", "Bearer " + reader))
                .andReturn()
                .getResponse();
        assertThat(person.getStatus()).isEqualTo(200);
        assertThat(person.getContentAsString())
                .contains("\"employeeNumber\":\"ML00001\"")
                .doesNotContain("birthYear");
        var page = mvc.perform(get("/api/v1/people?size=2").header("Authorization", "Bearer " + reader))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString()).contains("\"next\"");
        var missing = mvc.perform(get("/api/v1/people/NOBODY-" + p).header("Authorization", "Bearer " + reader))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).startsWith("application/problem+json");
        assertThat(importWith(reader).getStatus()).isEqualTo(403);
        assertThat(people(p)).isZero();
    }

    @Test
    void unknownRevokedAndExpiredTokensAreRefusedWithTheirReason() throws Exception {
        assertThat(importWith("bnm_" + "A".repeat(43)).getContentAsString()).contains("apiTokens.refused.unknown");
        assertThat(importWith("not-a-token").getStatus()).isEqualTo(401);

        var revoked = ApiTokenFixtures.create(tokensContext(), "revoked " + p, "directory:write");
        var id = jdbc.sql("select id from api_token where name = ?")
                .param("revoked " + p)
                .query(Long.class)
                .single();
        var revoke = mvc.perform(post("/admin/api-tokens/" + id + "/revoke")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(revoke.getStatus()).isEqualTo(302);
        var refused = importWith(revoked);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getHeader("WWW-Authenticate")).contains("invalid_token");
        assertThat(refused.getContentAsString()).contains("apiTokens.refused.revoked");

        var expired = ApiTokenFixtures.create(tokensContext(), "expired " + p, "directory:write");
        jdbc.sql("update api_token set expires_at = ? where name = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), "expired " + p)
                .update();
        var late = importWith(expired);
        assertThat(late.getStatus()).isEqualTo(401);
        assertThat(late.getContentAsString()).contains("apiTokens.refused.expired");
        assertThat(people(p)).isZero();
    }

    @Test
    void aTokenOverItsRateLimitIsAskedToWait() throws Exception {
        var busy = ApiTokenFixtures.create(tokensContext(), "busy " + p, "directory:read");
        for (int i = 0; i < 5; i++) {
            var call = mvc.perform(get("/api/v1/people/nobody").header("Authorization", "Bearer " + busy))
                    .andReturn()
                    .getResponse();
            assertThat(call.getStatus()).isNotEqualTo(429);
        }
        var limited = mvc.perform(get("/api/v1/people/nobody").header("Authorization", "Bearer " + busy))
                .andReturn()
                .getResponse();
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 61L);
        assertThat(limited.getContentAsString()).contains("apiTokens.refused.limited");
        // Another token is not slowed down by this one.
        var other = ApiTokenFixtures.create(tokensContext(), "other " + p, "directory:read");
        var call = mvc.perform(get("/api/v1/people/nobody").header("Authorization", "Bearer " + other))
                .andReturn()
                .getResponse();
        assertThat(call.getStatus()).isNotEqualTo(429);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private org.springframework.context.ApplicationContext tokensContext() {
        return context;
    }
}
