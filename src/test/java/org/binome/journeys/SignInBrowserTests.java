package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** First journeys in a real browser: signing in as each role, a wrong password, switching language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInBrowserTests {

    private static final String PASSWORD = "binome-demo-2026";
    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "admin, /admin, Administration du programme",
        "sponsor, /sponsor, Espace sponsor|Sponsor area",
        "mentor, /me, Bonjour Inès Benali",
        "mentore, /me, Bonjour Bernard Lefèvre",
        "animateur, /facilitation, Groupes de codéveloppement"
    })
    void eachDemoRoleSignsInAndLandsOnItsHomePage(String username, String home, String heading) {
        var page = browser.newPage();
        signIn(page, username, PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*" + home + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile(heading));
        BrowserSession.screenshot(page, "home-" + username + "-fr");
        page.context().close();
    }

    @Test
    void aWrongPasswordShowsAFrenchError() {
        var page = browser.newPage();
        signIn(page, "mentor", "certainly-not-the-password");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Identifiant ou mot de passe incorrect.");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        BrowserSession.screenshot(page, "login-error-fr");
        page.context().close();
    }

    @Test
    void switchingToEnglishTranslatesThePageAndIsRemembered() {
        // The sponsor's account keeps the choice: no other browser test signs in as the sponsor in French after this.
        var page = browser.newPage();
        signIn(page, "sponsor", PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true))
                .click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sponsor area");
        BrowserSession.screenshot(page, "home-sponsor-en");
        page.navigate(url("/me"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hello Hélène Marchand");
        page.context().close();

        var nextVisit = browser.newPage();
        signIn(nextVisit, "sponsor", PASSWORD);
        assertThat(nextVisit.locator("html")).hasAttribute("lang", "en");
        nextVisit.context().close();
    }

    @Test
    void theDirectorySearchFiltersAsTheAdministratorTypes() {
        var page = browser.newPage();
        signIn(page, "admin", PASSWORD);
        page.navigate(url("/admin/people"));

        page.getByLabel("Rechercher").fill("Lefèvre");

        assertThat(page.locator("#results tbody tr").first()).containsText("Lefèvre");
        assertThat(page).hasURL(Pattern.compile(".*q=Lef.*"));
        BrowserSession.screenshot(page, "directory-search-fr");
        page.context().close();
    }

    @Test
    void signInAndHomePagesHaveNoSeriousAccessibilityViolations() {
        var page = browser.newPage();
        page.navigate(url("/login"));
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "login-fr");

        signIn(page, "admin", PASSWORD);
        assertNoSeriousViolations(page);
        page.navigate(url("/admin/people"));
        assertNoSeriousViolations(page);
        page.context().close();
    }

    @Test
    void theShellWorksOnAPhone() {
        var page = browser.newPhonePage();
        signIn(page, "mentor", PASSWORD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher ou masquer le menu"))
                .click();

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon espace")))
                .isVisible();
        BrowserSession.screenshot(page, "phone-menu-fr");
        page.context().close();
    }

    private void assertNoSeriousViolations(Page page) {
        var violations = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(v -> List.of("serious", "critical").contains(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp())
                        .toList();
        assertThat(violations).as("accessibility of %s", page.url()).isEmpty();
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        // The sign-in page answers with a redirect: wait for it before going anywhere else.
        page.waitForURL(address -> !address.endsWith("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
