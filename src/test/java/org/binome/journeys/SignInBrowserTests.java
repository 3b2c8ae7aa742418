package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** First journeys in a real browser: signing in as each role, a wrong password, switching language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "admin, /admin, Administration du programme",
        "sponsor, /sponsor, Espace sponsor|Sponsor area",
        "mentor, /me, Bonjour Inès Benali",
        "mentore, /me, Bonjour Bernard Lefèvre",
        "animateur, /facilitation, Groupes de codéveloppement"
    })
    void eachDemoRoleSignsInAndLandsOnItsHomePage(String username, String home, String heading) {
        var page = browser.signedIn(username);

        assertThat(page).hasURL(Pattern.compile(".*" + home + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile(heading));
        BrowserSession.screenshot(page, "home-" + username + "-fr");
        page.context().close();
    }

    @Test
    void aWrongPasswordShowsAFrenchError() {
        var page = browser.newPage();
        browser.signIn(page, "mentor", "certainly-not-the-password");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Identifiant ou mot de passe incorrect.");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        BrowserSession.screenshot(page, "login-error-fr");
        page.context().close();
    }

    @Test
    void switchingToEnglishTranslatesThePageAndIsRemembered() {
        // The sponsor's account keeps the choice: no other browser test signs in as the sponsor in French after this.
        var page = browser.signedIn("sponsor");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true))
                .click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sponsor area");
        BrowserSession.screenshot(page, "home-sponsor-en");
        page.navigate(browser.url("/me"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hello Hélène Marchand");
        page.context().close();

        var nextVisit = browser.signedIn("sponsor");
        assertThat(nextVisit.locator("html")).hasAttribute("lang", "en");
        nextVisit.context().close();
    }

    @Test
    void theDirectorySearchFiltersAsTheAdministratorTypes() {
        var page = browser.signedIn("admin");
        page.navigate(browser.url("/admin/people"));

        page.getByLabel("Rechercher").fill("Lefèvre");

        assertThat(page.locator("#results tbody tr").first()).containsText("Lefèvre");
        assertThat(page).hasURL(Pattern.compile(".*q=Lef.*"));
        BrowserSession.screenshot(page, "directory-search-fr");
        page.context().close();
    }

    @Test
    void signInAndHomePagesHaveNoSeriousAccessibilityViolations() {
        var page = browser.newPage();
        page.navigate(browser.url("/login"));
        browser.assertAccessible(page);
        BrowserSession.screenshot(page, "login-fr");

        browser.signIn(page, "admin", BrowserSession.DEMO_PASSWORD);
        browser.assertAccessible(page);
        page.navigate(browser.url("/admin/people"));
        browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void theShellWorksOnAPhone() {
        var page = browser.newPhonePage();
        browser.signIn(page, "mentor", BrowserSession.DEMO_PASSWORD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher ou masquer le menu"))
                .click();

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon espace")))
                .isVisible();
        BrowserSession.screenshot(page, "phone-menu-fr");
        page.context().close();
    }
}
