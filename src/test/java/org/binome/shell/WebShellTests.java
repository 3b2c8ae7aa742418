package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.binome.support.Copy;
import org.binome.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/** The application over real HTTP: pages, errors, headers and logs as a browser and an operator see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class WebShellTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    private static final String PASSWORD = "binome-demo-2026";

    @LocalServerPort
    int port;

    @Test
    void theSignInPageIsFrenchByDefaultAndEnglishOnRequest() throws Exception {
        var client = new WebClient(port);

        var french = client.get("/login");
        assertThat(french.body())
                .contains("<html lang=\"fr\"")
                .contains(copy().fr("login.title"))
                .contains(copy().fr("login.password"));

        var english = client.get("/login?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"").contains(copy().en("login.title"));
        assertThat(client.get("/login").body()).as("the choice is remembered").contains(copy().en("login.title"));
    }

    @Test
    void everyPageCarriesStrictSecurityHeaders() throws Exception {
        var headers = new WebClient(port).get("/login").headers();

        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void anUnknownAddressShowsATranslatedNotFoundPageWithoutInternals() throws Exception {
        var client = new WebClient(port);
        client.signIn("mentor", PASSWORD);

        var page = client.get("/nulle/part");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains(copy().fr("error.404.title"))
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void aForgedFormTokenShowsWhyTheFormWasRefused() throws Exception {
        var client = new WebClient(port);
        client.signIn("mentor", PASSWORD);

        var page = client.post(
                "/account/password",
                Map.of("_csrf", "forged", "currentPassword", PASSWORD, "newPassword", "x", "confirmation", "x"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(copy().fr("error.csrf.text"));
    }

    @Test
    void anExpiredSessionSendsToTheSignInPageWithAnExplanation() throws Exception {
        var client = new WebClient(port);
        client.setCookie("SESSION", "ZXhwaXJlZC1zZXNzaW9uLWlk");

        var response = client.get("/me");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(client.follow(response).body()).contains(copy().fr("login.expired"));
    }

    @Test
    void tooManyFailedSignInsShowATranslatedWaitMessage() throws Exception {
        var client = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            client.signIn("sponsor", "wrong-password-" + i);
        }

        var page = client.signIn("sponsor", PASSWORD);

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains(copy().fr("login.throttled"));
    }

    @Test
    void signingInGivesANewSessionIdentifier() throws Exception {
        var client = new WebClient(port);
        client.setCookie("SESSION", "YXR0YWNrZXItY2hvc2VuLWlk");

        var response = client.signIn("mentore", PASSWORD);

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        var issued = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .toList();
        assertThat(issued).isNotEmpty().noneMatch(c -> c.startsWith("SESSION=YXR0YWNrZXItY2hvc2VuLWlk;"));
    }

    @Test
    void anOverLongPasswordIsRefusedNextToTheField() throws Exception {
        var client = new WebClient(port);
        client.signIn("mentor", PASSWORD);
        var long_ = "p".repeat(10_000);

        var page = client.postForm(
                "/account/password",
                "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", long_, "confirmation", long_));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains(copy().fr("password.tooLong")).doesNotContain(long_);
    }

    @Test
    void logsNeverContainPasswordsOrSessionIdentifiers(CapturedOutput output) throws Exception {
        var client = new WebClient(port);
        client.signIn("animateur", "a-wrong-secret-passphrase");
        client.signIn("animateur", PASSWORD);
        var changed = client.postForm(
                "/account/password",
                "/account/password",
                Map.of(
                        "currentPassword", PASSWORD,
                        "newPassword", "never-in-any-log-file",
                        "confirmation", "never-in-any-log-file"));
        assertThat(changed.statusCode()).isEqualTo(302);
        client.get("/nulle/part");
        var session = client.cookie("SESSION");

        assertThat(session).isNotNull();
        assertThat(output.getAll())
                .doesNotContain("never-in-any-log-file")
                .doesNotContain("a-wrong-secret-passphrase")
                .doesNotContain(session)
                .doesNotContain(new String(java.util.Base64.getDecoder().decode(session)));
    }

    @Test
    void healthTellsLivenessAndReadinessIncludingTheDatabase() throws Exception {
        var client = new WebClient(port);

        assertThat(client.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(client.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }
}
