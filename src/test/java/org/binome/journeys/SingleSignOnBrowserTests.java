package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.binome.support.BrowserSession;
import org.binome.support.CorpProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in a real browser against a real OpenID Connect provider (mock-oauth2-server, in the test JVM), with
 * local passwords switched off: a person of the directory signs in with the company account and gets an account, their
 * groups make them an administrator or a sponsor, logging out continues at the provider and comes back to the sign-in
 * page, and someone absent from the directory sees the refusal page, in French and in English, with no account made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SingleSignOnBrowserTests {

    static final MockOAuth2Server PROVIDER = CorpProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CorpProvider.register(properties, PROVIDER);
    }

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        PROVIDER.shutdown();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The provider's next answer: this person, with these groups, signed in at the provider. */
    private static void providerSignsIn(String email, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "corp",
                "subject-" + email,
                JOSEObjectType.JWT.getType(),
                List.of("binome"),
                Map.of("email", email, "groups", groups, "name", "Test"),
                3600));
    }

    /** A person of the directory without an account yet, in a department unused by the other journeys. */
    private Map<String, Object> newcomer(int rank) {
        return jdbc.sql("select email, employee_number, first_name, last_name from person where status = 'ACTIVE'"
                        + " and email is not null and employee_number not in (select employee_number from user_account"
                        + " where employee_number is not null) order by id desc offset ? rows fetch first 1 rows only")
                .param(rank)
                .query()
                .singleRow();
    }

    private long accounts() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    private static void clickCompanySignIn(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter avec Corp ID"))
                .click();
    }

    @Test
    void aPersonOfTheDirectorySignsInWithTheCompanyAccountAsAdministratorThenLogsOutAtTheProvider() {
        var person = newcomer(0);
        var page = browser.newPage();
        page.navigate(url("/login"));
        // Passwords are off: the password form is folded away as the administrator's emergency access.
        assertThat(page.getByLabel("Mot de passe")).isHidden();
        BrowserSession.screenshot(page, "sso-login-fr");

        providerSignsIn((String) person.get("email"), List.of("binome-admins"));
        clickCompanySignIn(page);

        assertThat(page).hasURL(Pattern.compile(".*/admin$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Administration du programme");
        assertThat(page.locator("button.user-name")).containsText((String) person.get("last_name"));
        BrowserSession.screenshot(page, "sso-signed-in-admin-fr");
        var roles = jdbc.sql("select roles from user_account where employee_number = ?")
                .param(person.get("employee_number"))
                .query(String.class)
                .single();
        assertThat(roles).contains("ADMIN");

        page.locator("button.user-name").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                .click();
        // The provider ends its session too, then sends the browser back to the sign-in page.
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout.*"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter avec Corp ID")))
                .isVisible();
        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.context().close();
    }

    @Test
    void theProvidersGroupsMakeASponsor() {
        var person = newcomer(1);
        var page = browser.newPage();
        page.navigate(url("/login"));
        providerSignsIn((String) person.get("email"), List.of("codir", "everyone"));
        clickCompanySignIn(page);

        assertThat(page).hasURL(Pattern.compile(".*/sponsor$"));
        var roles = jdbc.sql("select roles from user_account where employee_number = ?")
                .param(person.get("employee_number"))
                .query(String.class)
                .single();
        assertThat(roles).contains("SPONSOR").doesNotContain("ADMIN");
        assertThat(page.navigate(url("/admin")).status()).isEqualTo(403);
        page.context().close();
    }

    @Test
    void someoneAbsentFromTheDirectorySeesWhyInFrenchAndEnglishAndGetsNoAccount() {
        long before = accounts();
        var page = browser.newPage();
        page.navigate(url("/login"));
        providerSignsIn("stranger@elsewhere.example", List.of("binome-admins"));
        clickCompanySignIn(page);

        assertThat(page).hasURL(Pattern.compile(".*/login\\?refused=binome_unknown_person$"));
        var refusal = page.locator("#sso-refused");
        assertThat(refusal).hasAttribute("role", "alert");
        assertThat(refusal).containsText("Vous n’êtes pas dans l’annuaire de Binôme");
        assertThat(refusal).containsText("Aucun compte n’a été créé");
        BrowserSession.screenshot(page, "sso-refused-fr");

        page.navigate(url("/login?refused=binome_unknown_person&lang=en"));
        assertThat(page.locator("#sso-refused")).containsText("You are not in Binôme's directory");
        assertThat(page.locator("#sso-refused")).containsText("No account was created");
        BrowserSession.screenshot(page, "sso-refused-en");
        page.navigate(url("/login?lang=en"));
        BrowserSession.screenshot(page, "sso-login-en");
        page.navigate(url("/login?lang=fr"));
        // The forgotten-password page sends people to their company account; only the emergency administrator gets a
        // link.
        page.navigate(url("/password/forgot"));
        assertThat(page.locator("#forgot-sso")).containsText("compte d’entreprise");
        BrowserSession.screenshot(page, "sso-forgot-fr");

        assertThat(accounts()).isEqualTo(before);
        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.context().close();
    }
}
