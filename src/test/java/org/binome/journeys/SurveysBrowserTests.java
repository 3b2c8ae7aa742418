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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Surveys in a browser: an administrator builds a survey (refused in place, then saved) and every survey page reads in
 * French and English. (The participant's T0 journey from the home page and the results page's threshold journey are
 * still to be written against the demo: the demo's participants have no survey open today.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SurveysBrowserTests {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserSession.start();
    }

    /**
     * The pages read in English here remember English on the demo accounts (as they should); the other journeys that
     * share this application expect the demo's French, so each test gives the demo's accounts their language back.
     */
    @org.junit.jupiter.api.AfterEach
    void demoAccountsBackToFrench() {
        jdbc.sql("update user_account set locale = 'fr' where username in ('admin', 'mentor', 'mentore')")
                .update();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page signIn(String login) {
        var page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Identifiant").fill(login);
        page.getByLabel("Mot de passe").fill("binome-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }

    @Test
    void anAdministratorBuildsASurveyAndEverySurveyPageReadsInFrenchAndEnglish() {
        var page = signIn("admin");
        page.navigate(url("/admin/surveys"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau questionnaire"))
                .click();
        page.getByLabel("Titre en français").fill("Point d’étape des mentors");
        page.getByLabel("Titre en anglais").fill("Mentors' check-in");
        page.getByLabel("Type de question").selectOption("SINGLE");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Ajouter").setExact(true))
                .click();
        page.getByLabel("Question en français").fill("Le rythme des séances vous convient-il ?");
        page.getByLabel("Question en anglais").fill("Does the pace of sessions suit you?");
        page.getByLabel("Choix en français, un par ligne").fill("Oui\nTrop lent\nTrop rapide");
        page.getByLabel("Choix en anglais, un par ligne, dans le même ordre").fill("Yes\nToo slow");
        page.getByLabel("Type de question").selectOption("AGREEMENT");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Ajouter").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Question 2"))))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Monter la question 2"))
                .click();
        page.getByLabel("Question en français").first().fill("Je me sens écouté·e par mon binôme.");
        page.getByLabel("Question en anglais").first().fill("I feel listened to by my partner.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        // English choices missing: refused where it is wrong, nothing lost
        assertThat(page.getByText("Il faut autant de choix en anglais qu’en français (3 en français, 2 ici)."))
                .isVisible();
        assertThat(page.getByLabel("Question en français").first()).hasValue("Je me sens écouté·e par mon binôme.");
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-builder-error-fr");
        page.getByLabel("Choix en anglais, un par ligne, dans le même ordre").fill("Yes\nToo slow\nToo fast");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Questionnaire créé, désactivé");
        assertThat(page.getByRole(AriaRole.LISTITEM)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Je me sens écouté·e par mon binôme."))
                        .first())
                .isVisible();
        BrowserSession.screenshot(page, "surveys-builder-saved-fr");
        var created = page.url().replaceAll(".*/admin/surveys/(\\d+)/versions/1$", "$1");

        for (var language : List.of("fr", "en")) {
            for (var path : List.of(
                    "/admin/surveys",
                    "/admin/surveys/new",
                    "/admin/surveys/1/edit",
                    "/admin/surveys/1/versions/1",
                    "/admin/surveys/" + created + "/edit",
                    "/admin/surveys/results",
                    "/me/surveys")) {
                page.navigate(url(path + "?lang=" + language));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .isVisible();
                assertNoSeriousViolations(page);
                BrowserSession.screenshot(page, "surveys-page" + path.replaceAll("[^a-z0-9]+", "-") + "-" + language);
            }
        }
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
