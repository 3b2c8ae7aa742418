package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
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
 * Single sign-on end to end over real HTTP: Binôme on a port, a real OpenID Connect provider (mock-oauth2-server) in
 * the test JVM, the authorization-code flow with its redirects, state and nonce, and ID tokens signed by the provider.
 * A person of the directory gets in (with an account made on first sign-in and roles from their groups), someone
 * absent from the directory is refused with the reason and no account, bad tokens and a replayed callback are
 * refused, and logout continues at the provider. mock-oauth2-server always issues correct tokens for the client that
 * asked, so a second provider, {@link HandSignedProvider}, writes and signs the bad ones: another key, another issuer,
 * another client, expired, the nonce of an earlier sign-in. Each is refused with its own explanation and nothing is
 * created.
 *
 * <p>Over 400 lines: every bad ID token needs the same hand-signed provider and sign-in round trip, and each is its
 * own test so that a regression names its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SingleSignOnTests {

    static final MockOAuth2Server PROVIDER = CorpProvider.start();

    static final HandSignedProvider FORGED = new HandSignedProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CorpProvider.register(properties, PROVIDER);
        var forged = "spring.security.oauth2.client.registration.forged.";
        properties.add(forged + "client-id", () -> "binome-forged");
        properties.add(forged + "client-secret", () -> "forged-secret");
        properties.add(forged + "client-name", () -> "Forged ID");
        properties.add(forged + "scope", () -> "openid,email");
        properties.add("spring.security.oauth2.client.provider.forged.issuer-uri", FORGED::issuer);
        properties.add("binome.sso.employee-number-claim", () -> "employee_id");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
        FORGED.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    AccountInvitations invitations;

    @Autowired
    AccountTokens tokens;

    private final HttpClient browser = SsoBrowser.client();

    private HttpResponse<String> get(String url) throws Exception {
        return SsoBrowser.get(browser, port, url);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }

    private void nextToken(String email, List<String> groups, List<String> audience, long lifetimeSeconds) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "corp",
                "subject-" + email,
                JOSEObjectType.JWT.getType(),
                audience,
                Map.of("email", email, "groups", groups, "name", "Test"),
                lifetimeSeconds));
    }

    /** Clicks "Sign in with Corp ID" and follows the provider's answer back; returns the callback's answer. */
    private HttpResponse<String> signIn() throws Exception {
        return signIn("corp");
    }

    private HttpResponse<String> signIn(String registration) throws Exception {
        var start = get("/oauth2/authorization/" + registration);
        assertThat(start.statusCode()).isEqualTo(302);
        var authorize = location(start);
        assertThat(authorize).contains("state=", "nonce=");
        var callback = location(get(authorize));
        assertThat(callback).contains("/login/oauth2/code/" + registration);
        return get(callback);
    }

    private Map<String, Object> newcomer() {
        return SsoBrowser.newcomer(jdbc);
    }

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        var page = get("/login");
        assertThat(page.body()).contains("/oauth2/authorization/corp", "Se connecter avec Corp ID");
        assertThat(get("/login?lang=en").body()).contains("Sign in with Corp ID");
    }

    @Test
    void aPersonOfTheDirectoryGetsAnAccountAtFirstSignInWithTheRolesOfTheirGroupsThenLogsOutAtTheProvider()
            throws Exception {
        var person = newcomer();
        var email = (String) person.get("email");
        nextToken(email, List.of("binome-admins", "other"), List.of("binome"), 3600);
        var answer = signIn();
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).doesNotContain("refused");

        var account = jdbc.sql("select status, roles, password_hash from user_account where employee_number = ?")
                .param(person.get("employee_number"))
                .query()
                .singleRow();
        assertThat(account.get("status")).isEqualTo("ACTIVE");
        assertThat((String) account.get("roles"))
                .contains("ADMIN", "PARTICIPANT")
                .doesNotContain("SPONSOR");
        assertThat(account.get("password_hash")).isNull();
        var adminPage = get("/admin");
        assertThat(adminPage.statusCode()).isEqualTo(200);

        // Logout ends the session here and continues at the provider (RP-initiated logout).
        var matcher =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(adminPage.body());
        assertThat(matcher.find()).isTrue();
        var logout = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + matcher.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        var endSession = location(logout);
        assertThat(endSession).startsWith(PROVIDER.issuerUrl("corp").toString()).contains("id_token_hint=");
        assertThat(URLDecoder.decode(endSession, StandardCharsets.UTF_8))
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        var after = get("/admin");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).endsWith("/login");

        // Next time, the groups say sponsor and no longer administrator: the roles follow.
        nextToken(email, List.of("codir"), List.of("binome"), 3600);
        assertThat(location(signIn())).doesNotContain("refused");
        var roles = jdbc.sql("select roles from user_account where employee_number = ?")
                .param(person.get("employee_number"))
                .query(String.class)
                .single();
        assertThat(roles).contains("SPONSOR").doesNotContain("ADMIN");
        assertThat(get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void someoneAbsentFromTheDirectoryIsRefusedWithTheReasonAndNoAccount() throws Exception {
        long accounts =
                jdbc.sql("select count(*) from user_account").query(Long.class).single();
        nextToken("stranger@elsewhere.example", List.of("binome-admins"), List.of("binome"), 3600);
        var answer = signIn();
        assertThat(location(answer)).endsWith("/login?refused=binome_unknown_person");
        var page = get(location(answer));
        assertThat(page.body())
                .contains(
                        "id=\"sso-refused\"",
                        new org.binome.support.Copy(messages).fr("sso.refused.binome_unknown_person"));
        assertThat(jdbc.sql("select count(*) from user_account")
                        .query(Long.class)
                        .single())
                .isEqualTo(accounts);
        assertThat(location(get("/admin"))).endsWith("/login");
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        var email = (String) newcomer().get("email");
        nextToken(email, List.of(), List.of("binome"), -3600);
        assertRefused(signIn(), "binome_token_expired");
    }

    @Test
    void aReplayedCallbackIsRefused() throws Exception {
        var email = (String) newcomer().get("email");
        nextToken(email, List.of(), List.of("binome"), 3600);
        var start = location(get("/oauth2/authorization/corp"));
        var callback = location(get(start));
        assertThat(location(get(callback))).doesNotContain("refused");
        // The same code and state again, in the same browser: the authorization request is spent.
        var replay = get(callback);
        var target = replay.statusCode() == 302 ? location(replay) : "";
        assertThat(target).endsWith("/login?refused=binome_state_unknown");
    }

    private long accounts() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    /** A text as the page writes it (Thymeleaf escapes the apostrophe). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;");
    }

    /** The callback sends back to the sign-in page with this reason, explained in French and English; no session. */
    private void assertRefused(HttpResponse<String> answer, String reason) throws Exception {
        assertThat(location(answer)).endsWith("/login?refused=" + reason);
        var french = get(location(answer) + "&lang=fr").body();
        assertThat(french)
                .contains("id=\"sso-refused\"")
                .contains(escaped(
                        messages.getMessage("sso.refused." + reason + ".title", null, java.util.Locale.FRENCH)));
        var english = get(location(answer) + "&lang=en").body();
        assertThat(english)
                .contains(escaped(
                        messages.getMessage("sso.refused." + reason + ".title", null, java.util.Locale.ENGLISH)));
        assertThat(location(get("/admin"))).endsWith("/login");
        get("/login?lang=fr");
    }

    /** A hand-signed token that breaks one rule: refused with its reason, and no account appears. */
    private void assertForgedTokenRefused(
            boolean otherKey,
            java.util.function.UnaryOperator<com.nimbusds.jwt.JWTClaimsSet.Builder> alteration,
            String reason)
            throws Exception {
        var email = (String) newcomer().get("email");
        long before = accounts();
        FORGED.nextToken(email, otherKey, alteration);
        assertRefused(signIn("forged"), reason);
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aCorrectHandSignedTokenGetsIn() throws Exception {
        var email = (String) newcomer().get("email");
        FORGED.nextToken(email, false, claims -> claims);
        var answer = signIn("forged");
        assertThat(location(answer)).doesNotContain("refused");
        assertThat(get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        assertForgedTokenRefused(true, claims -> claims, "binome_token_signature");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertForgedTokenRefused(
                false, claims -> claims.issuer("https://login.attacker.example"), "binome_token_issuer");
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        assertForgedTokenRefused(false, claims -> claims.audience("another-application"), "binome_token_audience");
    }

    @Test
    void anExpiredHandSignedTokenIsRefused() throws Exception {
        var past = java.time.Instant.now().minusSeconds(600);
        assertForgedTokenRefused(
                false,
                claims -> claims.issueTime(java.util.Date.from(past.minusSeconds(300)))
                        .expirationTime(java.util.Date.from(past)),
                "binome_token_expired");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() throws Exception {
        assertForgedTokenRefused(false, claims -> claims.subject(null), "binome_token_invalid");
    }

    @Test
    void aTokenCarryingTheNonceOfAnEarlierSignInIsRefused() throws Exception {
        // An earlier sign-in, left unfinished: its nonce is what an attacker replaying its token would carry.
        location(get(location(get("/oauth2/authorization/forged"))));
        var earlier = FORGED.nonces().get(FORGED.nonces().size() - 1);
        assertForgedTokenRefused(false, claims -> claims.claim("nonce", earlier), "binome_nonce_mismatch");
    }

    @Test
    void aCallbackWithAnUnknownStateIsRefused() throws Exception {
        long before = accounts();
        assertRefused(get("/login/oauth2/code/forged?code=stolen&state=never-issued"), "binome_state_unknown");
        assertThat(accounts()).isEqualTo(before);
    }

    private String lastMail(String username, String template) {
        return jdbc.sql("select text_body from mail_outbox where recipient_key = ? and template = ?"
                        + " order by id desc fetch first 1 rows only")
                .params(username, template)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new AssertionError("no " + template + " mail to " + username));
    }

    private long mails(String username, String template) {
        return jdbc.sql("select count(*) from mail_outbox where recipient_key = ? and template = ?")
                .params(username, template)
                .query(Long.class)
                .single();
    }

    @Test
    void withoutLocalPasswordsOnlyTheBreakGlassAdministratorSignsInWithAPassword() throws Exception {
        var person = new org.binome.support.WebClient(port);
        assertThat(person.signIn("mentore", "binome-demo-2026").headers().firstValue("Location"))
                .hasValueSatisfying(target -> assertThat(target).endsWith("/login?sso"));
        assertThat(person.get("/login?sso").body())
                .contains(messages.getMessage("sso.passwordsOff", null, java.util.Locale.FRENCH));
        var admin = new org.binome.support.WebClient(port);
        assertThat(admin.signIn("admin", "binome-demo-2026").headers().firstValue("Location"))
                .hasValueSatisfying(target -> assertThat(target).doesNotContain("login"));
    }

    @Test
    void withoutLocalPasswordsAnInvitationSaysToSignInWithTheCompanyAccount() throws Exception {
        var number = (String) newcomer().get("employee_number");
        invitations.runNow(new InvitationAudience(InvitationAudience.Kind.PERSON, number, List.of()), false, "admin");
        var username = jdbc.sql("select username from user_account where employee_number = ?")
                .param(number)
                .query(String.class)
                .single();
        assertThat(mails(username, "account.invitation")).isZero();
        assertThat(lastMail(username, "account.invitation.sso"))
                .contains("/login")
                .doesNotContain("token=");
    }

    @Test
    void withoutLocalPasswordsAResetRequestSendsNoLinkExceptToTheBreakGlassAdministrator() throws Exception {
        var forgot = new org.binome.support.WebClient(port);
        var page = forgot.get("/password/forgot");
        assertThat(page.body())
                .contains("id=\"forgot-sso\"")
                .contains(messages.getMessage("forgot.sso.login", null, java.util.Locale.FRENCH));
        long resets = mails("mentore", "account.reset");
        forgot.postForm("/password/forgot", "/password/forgot", Map.of("username", "mentore"));
        assertThat(mails("mentore", "account.reset")).isEqualTo(resets);
        assertThat(lastMail("mentore", "account.reset.sso")).contains("/login").doesNotContain("token=");
        assertThat(jdbc.sql("select count(*) from account_token t join user_account a on a.id = t.account_id"
                                + " where a.username = 'mentore' and t.purpose = 'RESET'")
                        .query(Long.class)
                        .single())
                .isZero();

        forgot.postForm("/password/forgot", "/password/forgot", Map.of("username", "admin"));
        assertThat(lastMail("admin", "account.reset")).contains("/password/reset?token=");
    }

    @Test
    void aLinkSentBeforePasswordsWereSwitchedOffSaysToSignInWithTheCompanyAccount() throws Exception {
        // Links e-mailed while Binôme still had its own passwords: they are valid, but choose nothing any more.
        var number = (String) newcomer().get("employee_number");
        invitations.runNow(new InvitationAudience(InvitationAudience.Kind.PERSON, number, List.of()), false, "admin");
        var invited = jdbc.sql("select id from user_account where employee_number = ?")
                .param(number)
                .query(Long.class)
                .single();
        var invitation = tokens.issue(invited, AccountTokens.INVITATION, java.time.Duration.ofDays(7), "admin");
        // (not mentore: another test counts mentore's reset links)
        var animateur = jdbc.sql("select id from user_account where username = 'animateur'")
                .query(Long.class)
                .single();
        var reset = tokens.issue(animateur, AccountTokens.RESET, java.time.Duration.ofHours(1), "animateur");
        var web = new org.binome.support.WebClient(port);
        for (var link : List.of("/invitation?token=" + invitation, "/password/reset?token=" + reset)) {
            var page = web.get(link);
            assertThat(page.statusCode()).as(link).isEqualTo(200);
            assertThat(page.body())
                    .as(link)
                    .contains("id=\"link-company-account\"")
                    .contains(messages.getMessage("link.sso.title", null, java.util.Locale.FRENCH))
                    .doesNotContain("name=\"password\"");
        }
        var path = "/invitation?token=" + invitation;
        var posted = web.postForm(
                path,
                "/invitation",
                Map.of(
                        "token",
                        invitation,
                        "password",
                        "Correct-Horse-Battery-42",
                        "confirmation",
                        "Correct-Horse-Battery-42"));
        assertThat(posted.body()).contains("id=\"link-company-account\"");
        assertThat(jdbc.sql("select status, password_hash from user_account where id = ?")
                        .param(invited)
                        .query()
                        .singleRow())
                .containsEntry("STATUS", "INVITED")
                .containsEntry("PASSWORD_HASH", null);

        // The break-glass administrator keeps a password: their reset link still opens the form.
        var admin = jdbc.sql("select id from user_account where username = 'admin'")
                .query(Long.class)
                .single();
        var adminReset = tokens.issue(admin, AccountTokens.RESET, java.time.Duration.ofHours(1), "admin");
        assertThat(web.get("/password/reset?token=" + adminReset).body()).contains("name=\"password\"");
    }

    @Test
    void thePasswordMenuIsOfferedOnlyToWhoSignsInWithAPassword() throws Exception {
        var person = newcomer();
        nextToken((String) person.get("email"), List.of(), List.of("binome"), 3600);
        assertThat(location(signIn())).doesNotContain("refused");
        assertThat(get("/account").body())
                .as("signed in with the company account")
                .contains("href=\"/account\"")
                .doesNotContain("href=\"/account/password\"");

        var admin = new org.binome.support.WebClient(port);
        admin.signIn("admin", "binome-demo-2026");
        assertThat(admin.get("/account").body())
                .as("the break-glass administrator signs in with a password")
                .contains("href=\"/account/password\"");
    }

    @Test
    void withoutLocalPasswordsACompanyAccountHasNoPasswordToChange() throws Exception {
        var person = newcomer();
        var email = (String) person.get("email");
        nextToken(email, List.of(), List.of("binome"), 3600);
        assertThat(location(signIn())).doesNotContain("refused");
        var page = get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"company-account\"").doesNotContain("name=\"newPassword\"");
        var matcher =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(matcher.find()).isTrue();
        var change = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account/password"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + matcher.group(1)
                                + "&currentPassword=x&newPassword=Correct-Horse-Battery-42"
                                + "&confirmation=Correct-Horse-Battery-42"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select password_hash from user_account where employee_number = ?")
                        .param(person.get("employee_number"))
                        .query()
                        .singleRow()
                        .get("password_hash"))
                .isNull();
    }

    @Test
    void theEmployeeNumberClaimWhenSentLinksBeforeTheEmail() throws Exception {
        var person = newcomer();
        var number = (String) person.get("employee_number");
        // The e-mail the provider sends is not the directory's: the employee number decides.
        FORGED.nextToken("alias-" + number + "@corp.example", false, claims -> claims.claim("employee_id", number));
        assertThat(location(signIn("forged"))).doesNotContain("refused");
        assertThat(jdbc.sql("select count(*) from user_account where employee_number = ?")
                        .param(number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEmployeeNumberClaimAbsentFromTheDirectoryIsRefusedEvenWithAKnownEmail() throws Exception {
        long before = accounts();
        FORGED.nextToken((String) newcomer().get("email"), false, claims -> claims.claim("employee_id", "NOBODY-42"));
        assertRefused(signIn("forged"), "binome_unknown_person");
        assertThat(accounts()).isEqualTo(before);
    }
}
