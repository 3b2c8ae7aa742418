package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A company's first employee gets in, in a real browser with real e-mail (GreenMail): the administrator imports a
 * small directory and invites its department; the invited person opens the e-mailed link, chooses a password, signs
 * in and sees their home page; forgets the password and resets it; then the HR import marks them as left and their
 * open session is refused at the next click.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"test", "demo"})
class AccountsBrowserTests {

    private static final int SMTP_PORT = freePort();
    private static final int PORT = freePort();
    private static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/[a-z/]+\\?token=[A-Za-z0-9_-]{43})");
    private static final String EMAIL = "julie.atelier@example.org";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("binome.base-url", () -> "http://localhost:" + PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("binome.scheduling.enabled", () -> "true");
        registry.add("binome.mail.poll", () -> "PT1S");
    }

    @BeforeAll
    static void start() {
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void anInvitedEmployeeGetsInResetsTheirPasswordAndLosesAccessWhenTheyLeave() throws Exception {
        var admin = browser.signedIn("admin");
        importDirectory(admin, "");

        admin.navigate(browser.url("/admin/accounts/invite"));
        admin.locator("#kind-department").check();
        admin.locator("select[name=department]").selectOption("Atelier pilote");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer les invitations"))
                .click();
        assertThat(admin.getByText("Invitations terminées"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(60_000));
        assertThat(admin.getByText("2 invités", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(admin.getByText("Pas d’e-mail dans l’annuaire").or(admin.getByText("A quitté l’entreprise")))
                .hasCount(0);
        BrowserSession.screenshot(admin, "accounts-invitations-fr");

        var invitation = linkFor(EMAIL, "Votre accès à Binôme");
        var julie = browser.newPage();
        julie.navigate(invitation);
        assertThat(julie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Bienvenue dans Binôme");
        julie.locator("#password").fill("un mot de passe bien long");
        julie.locator("#confirmation").fill("un mot de passe bien long");
        julie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(julie.getByText("Votre mot de passe est enregistré")).isVisible();
        browser.signIn(julie, "Julie.Atelier@example.org", "un mot de passe bien long");
        assertThat(julie).hasURL(Pattern.compile(".*/me$"));
        assertThat(julie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("Julie Atelier"));

        var forgetful = browser.newPage();
        forgetful.navigate(browser.url("/login"));
        forgetful.getByText("Mot de passe oublié ?").click();
        forgetful.getByLabel("Identifiant").fill(EMAIL);
        forgetful
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir un lien"))
                .click();
        assertThat(forgetful.getByText("Si un compte actif correspond")).isVisible();
        forgetful.navigate(linkFor(EMAIL, "Choisir un nouveau mot de passe Binôme"));
        forgetful.locator("#password").fill("un autre mot de passe long");
        forgetful.locator("#confirmation").fill("un autre mot de passe long");
        forgetful
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(forgetful.getByText("Votre nouveau mot de passe est enregistré"))
                .isVisible();

        julie.reload();
        assertThat(julie).hasURL(Pattern.compile(".*/login.*"));
        browser.signIn(julie, "AT0001", "un autre mot de passe long");
        assertThat(julie).hasURL(Pattern.compile(".*/me$"));

        importDirectory(admin, LocalDate.now().minusDays(1).toString());
        // the import disables her account in the background (the departure is an event): her next page is the sign-in
        Awaitility.await("Julie's session to end")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread() // Playwright pages belong to the test's thread
                .until(() -> {
                    julie.navigate(browser.url("/me"));
                    return julie.url().contains("/login");
                });
        assertThat(julie).hasURL(Pattern.compile(".*/login.*"));
        browser.signIn(julie, "AT0001", "un autre mot de passe long");
        assertThat(julie.getByText("Ce compte est désactivé")).isVisible();
        BrowserSession.screenshot(julie, "accounts-disabled-fr");

        admin.navigate(browser.url("/admin/accounts?q=atelier"));
        assertThat(admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Julie Atelier")))
                .isVisible();
        BrowserSession.screenshot(admin, "accounts-list-fr");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Julie Atelier"))
                .click();
        assertThat(admin.getByText("Compte désactivé : départ de l’entreprise")).isVisible();
        BrowserSession.screenshot(admin, "accounts-account-fr");
        admin.navigate(browser.url("/account"));
        BrowserSession.screenshot(admin, "accounts-my-account-fr");
        admin.navigate(browser.url("/admin/accounts?lang=en"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Accounts");
        BrowserSession.screenshot(admin, "accounts-list-en");
        admin.navigate(browser.url("/admin/accounts/invite"));
        BrowserSession.screenshot(admin, "accounts-invite-en");
        admin.navigate(browser.url("/account"));
        BrowserSession.screenshot(admin, "accounts-my-account-en");
        var anonymous = browser.newPage();
        anonymous.navigate(browser.url("/password/forgot?lang=en"));
        BrowserSession.screenshot(anonymous, "accounts-forgot-en");
        anonymous.navigate(browser.url("/invitation?token=cut-short"));
        assertThat(anonymous.getByText("This link no longer works")).isVisible();
        BrowserSession.screenshot(anonymous, "accounts-link-invalid-en");
    }

    /** The small directory, through the HR import's API with the admin's session; Julie leaves when given a date. */
    private static void importDirectory(Page admin, String julieLeaves) {
        admin.navigate(browser.url("/admin"));
        var token = admin.locator("meta[name=_csrf]").getAttribute("content");
        var header = admin.locator("meta[name=_csrf_header]").getAttribute("content");
        var csv = String.join(
                "\n",
                "matricule;prénom;nom;e-mail;direction;site;langues;date de départ",
                "AT0001;Julie;Atelier;" + EMAIL + ";Atelier pilote;Lyon;fr;" + julieLeaves,
                "AT0002;Marc;Atelier;marc.atelier@example.org;Atelier pilote;Lyon;en;",
                "");
        var response = admin.request()
                .post(
                        browser.url("/api/v1/people/import"),
                        RequestOptions.create()
                                .setHeader("Content-Type", "text/csv")
                                .setHeader(header, token)
                                .setData(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private static String linkFor(String address, String subject) {
        var found = Awaitility.await("an e-mail '" + subject + "' to " + address)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> to(m, address) && subject(m).startsWith(subject))
                                .reduce((first, second) -> second),
                        java.util.Optional::isPresent);
        var matcher = LINK.matcher(
                GreenMailUtil.getBody(found.get()).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
