package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.support.CorpProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on where the provider's groups are not read (roles are given in Binôme): someone named a programme's
 * sponsor before their first sign-in gets the Sponsor role with the account that sign-in opens, recorded in its
 * history; someone not named gets a participant's account only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SingleSignOnNamedRolesTests {

    static final MockOAuth2Server PROVIDER = CorpProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CorpProvider.registerWithoutGroups(properties, PROVIDER);
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programs programs;

    @Autowired
    AccountAudit audit;

    private final HttpClient browser = SsoBrowser.client();

    private HttpResponse<String> get(String url) throws Exception {
        return SsoBrowser.get(browser, port, url);
    }

    /** Someone of the directory without an account yet: their employee number and e-mail. */
    private Map<String, Object> newcomer() {
        return SsoBrowser.newcomer(jdbc);
    }

    /** Signs in through "Corp ID" as this person (groups that would make them sponsor are sent, and not read). */
    private void signIn(String email) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "corp",
                "subject-" + email,
                JOSEObjectType.JWT.getType(),
                List.of("binome"),
                Map.of("email", email, "groups", List.of("codir"), "name", "Test"),
                3600));
        var authorize = get("/oauth2/authorization/corp")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        var callback = get(authorize).headers().firstValue("Location").orElseThrow();
        var answer = get(callback);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("refused");
    }

    private Map<String, Object> account(Object employeeNumber) {
        return jdbc.sql("select id, roles from user_account where employee_number = ?")
                .param(employeeNumber)
                .query()
                .singleRow();
    }

    @Test
    void someoneNamedSponsorBeforeTheirFirstSignInGetsTheRoleWithTheAccountItOpens() throws Exception {
        var named = newcomer();
        TestProgrammes.programme("Parrainage SSO " + System.nanoTime())
                .sponsors((String) named.get("employee_number"))
                .createIn(programs, "rh-admin");

        signIn((String) named.get("email"));

        var account = account(named.get("employee_number"));
        assertThat(account.get("roles")).isEqualTo("PARTICIPANT,SPONSOR");
        assertThat(audit.of(((Number) account.get("id")).longValue()))
                .extracting(e -> e.actor() + " " + e.action() + " " + e.detail())
                .contains("sso role-granted SPONSOR");
        assertThat(get("/sponsor").statusCode()).isEqualTo(200);
    }

    @Test
    void someoneNotNamedGetsAParticipantsAccountWhateverTheirGroups() throws Exception {
        var person = newcomer();

        signIn((String) person.get("email"));

        assertThat(account(person.get("employee_number")).get("roles")).isEqualTo("PARTICIPANT");
        assertThat(get("/sponsor").statusCode()).isEqualTo(403);
    }
}
