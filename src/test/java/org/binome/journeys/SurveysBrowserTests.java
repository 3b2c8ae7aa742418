package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.regex.Pattern;
import org.binome.demo.DemoCompanyLoaded;
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
 * Surveys in a browser: a participant answers the enrolment (T0) survey from their home page in French, another in
 * English; an administrator's results page shows the finished demo programme's figures and hides a department with
 * fewer respondents than the threshold.
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

    /** Every question of the open survey answered: the fourth choice of a scale (or the first choice), a sentence. */
    private static void answerEveryQuestion(Page page, String sentence) {
        var questions = page.locator("form fieldset");
        for (int i = 0; i < questions.count(); i++) {
            var question = questions.nth(i);
            var text = question.locator("textarea, input[type=text]");
            if (text.count() > 0) {
                text.first().fill(sentence);
                continue;
            }
            var choices = question.locator("label:not(.visually-hidden)");
            choices.nth(Math.min(3, choices.count() - 1)).click();
        }
    }

    @Test
    void aParticipantAnswersTheEnrolmentSurveyFromTheHomePageInFrench() {
        var page = signIn("mentor");
        var pending = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Questionnaires à remplir"));
        assertThat(pending).isVisible();
        BrowserSession.screenshot(page, "surveys-home-fr");
        pending.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(Pattern.compile("^Répondre.*Votre point de départ$")))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Votre point de départ");
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-t0-fr");

        // sent empty: refused in place, nothing lost
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("à compléter ou corriger");

        answerEveryQuestion(page, "Comprendre comment la direction prépare ses décisions.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Merci ! Vos réponses sont enregistrées.");
        assertThat(page.getByText("Comprendre comment la direction prépare ses décisions."))
                .isVisible();
        BrowserSession.screenshot(page, "surveys-t0-answered-fr");

        page.navigate(url("/"));
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Répondre.*Votre point de départ$"))))
                .hasCount(0);
        page.context().close();
    }

    @Test
    void aParticipantAnswersTheEnrolmentSurveyFromTheHomePageInEnglish() {
        var page = signIn("mentore");
        page.navigate(url("/?lang=en"));
        var pending = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Surveys to answer"));
        assertThat(pending).isVisible();
        pending.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(Pattern.compile("^Answer.*Your starting point$")))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Your starting point");
        // the mentee's self-assessment in the DigComp areas, in English
        assertThat(page.getByText("Highly advanced").first()).isVisible();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-t0-en");

        answerEveryQuestion(page, "Using shared documents with my team.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Thank you! Your answers have been saved.");
        BrowserSession.screenshot(page, "surveys-t0-answered-en");

        page.navigate(url("/me/surveys"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("My surveys");
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-mine-en");
        page.context().close();
    }

    @Test
    void theResultsPageShowsTheFinishedProgrammeAndHidesASmallDepartment() {
        long programme = jdbc.sql("select id from program where name = :name")
                .param("name", DemoCompanyLoaded.FINISHED_PROGRAMME)
                .query(Long.class)
                .single();
        // a department of the programme with fewer than 5 respondents at enrolment, read from the stored answers
        var small = jdbc.sql("select department from feedback_response where program_id = :programme"
                        + " and moment = 'ENROLMENT' group by department having count(*) between 1 and 4"
                        + " order by department")
                .param("programme", programme)
                .query(String.class)
                .list();
        assertThat(small).as("the demo has small groups").isNotEmpty();

        var page = signIn("admin");
        page.navigate(url("/admin/surveys/results"));
        page.getByLabel("Programme").selectOption(new SelectOption().setLabel(DemoCompanyLoaded.FINISHED_PROGRAMME));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();
        assertThat(page.getByText(Pattern.compile("^\\d+ répondants$")).first()).isVisible();
        for (var shown : page.getByText(Pattern.compile("^\\d+ répondants$")).allTextContents()) {
            assertThat(Integer.parseInt(shown.split(" ")[0])).isGreaterThanOrEqualTo(5);
        }
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-results-fr");

        page.getByLabel("Direction").selectOption(new SelectOption().setLabel(small.get(0)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();
        assertThat(page.getByText("Pas assez de réponses pour afficher").first())
                .isVisible();
        assertThat(page.getByText(Pattern.compile("^[1-4] répondants$"))).hasCount(0);
        BrowserSession.screenshot(page, "surveys-results-small-fr");
        page.context().close();
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
