package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.binome.identity.Accounts;
import org.binome.identity.NewAccount;
import org.binome.identity.Role;
import org.binome.people.DemoCompanyLoaded;
import org.binome.people.Directory;
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
 * French and English; a participant of the running demo programme answers the enrolment survey (T0) the acceptance of
 * their application sent, from their home page, in French, another in English; an administrator filters the finished
 * programme's results by department and sees a small department hidden, and its smallest sibling hidden too, with the
 * threshold explained. The participants are chosen by state (accepted, T0 open, no account yet) and given an account
 * here, so that no other journey's demo account changes.
 *
 * <p>Over 400 lines: one demo context and one browser serve the builder, the answers in two languages and the results
 * behind their thresholds; splitting the class would start a second demo context and a second browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SurveysBrowserTests {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    private static final String PASSWORD = "Correct-Horse-Battery-42";

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
        return signIn(login, "binome-demo-2026");
    }

    private Page signIn(String login, String password) {
        var page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Identifiant").fill(login);
        page.getByLabel("Mot de passe").fill(password);
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
        // The moved question is first once the builder shows it so (filling before that filled the old first one).
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Question 1 · Échelle d’accord"))))
                .isVisible();
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

    /**
     * A participant of the running demo programme whose enrolment survey is open (sent when their application was
     * accepted, through the ordinary path: the acceptance event) and who has no account yet: they get one here, in
     * their language. Waits for the event's listener, which runs after the demo's transaction.
     */
    private String participantWithOpenEnrolmentSurvey(String role, String username, String locale) {
        var found = await("running programme's " + role + " with an open T0")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> jdbc.sql("select i.employee_number from feedback_invitation i"
                                        + " join feedback_survey s on s.id = i.survey_id"
                                        + " join program p on p.id = i.program_id"
                                        + " join person e on e.employee_number = i.employee_number"
                                        + " where s.moment = 'ENROLMENT' and p.name = :programme"
                                        + " and i.participant_role = :role"
                                        + " and i.answered_on is null and e.leaving_date is null"
                                        + " and not exists (select 1 from user_account a"
                                        + " where a.employee_number = i.employee_number)"
                                        + " order by i.employee_number")
                                .param("programme", DemoCompanyLoaded.RUNNING_PROGRAMME)
                                .param("role", role)
                                .query(String.class)
                                .list(),
                        list -> !list.isEmpty());
        assertThat(found).as("running programme's %s with an open T0", role).isNotEmpty();
        var person = directory.find(found.get(0)).orElseThrow();
        accounts.open(new NewAccount(
                username,
                person.firstName() + " " + person.lastName(),
                person.email(),
                PASSWORD.toCharArray(),
                EnumSet.of(Role.PARTICIPANT),
                locale,
                person.employeeNumber(),
                false));
        return person.employeeNumber();
    }

    /** Every question of the open survey answered: the fourth choice of a scale (or the last), a sentence. */
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

    private long answeredEnrolmentSurveys(String employeeNumber) {
        return jdbc.sql("select count(*) from feedback_invitation i join feedback_survey s on s.id = i.survey_id"
                        + " where i.employee_number = :person and s.moment = 'ENROLMENT' and i.answered_on is not null")
                .param("person", employeeNumber)
                .query(Long.class)
                .single();
    }

    @Test
    void aParticipantAnswersTheEnrolmentSurveyFromTheHomePageInFrench() {
        var person = participantWithOpenEnrolmentSurvey("MENTOR", "t0-journey-fr", "fr");
        var page = signIn("t0-journey-fr", PASSWORD);
        page.navigate(url("/"));
        var pending = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Questionnaires à remplir"));
        assertThat(pending).isVisible();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-home-fr");
        pending.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(Pattern.compile("^Répondre.*Votre point de départ$")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Votre point de départ");
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-t0-fr");

        // sent empty: refused in place, nothing saved
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("à compléter ou corriger");
        assertThat(answeredEnrolmentSurveys(person)).isZero();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-t0-refused-fr");

        answerEveryQuestion(page, "Comprendre comment la direction prépare ses décisions.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        // thanked once, and the answers read back
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Merci ! Vos réponses sont enregistrées.")))
                .hasCount(1);
        assertThat(page.getByText("Comprendre comment la direction prépare ses décisions.")
                        .first())
                .isVisible();
        assertThat(answeredEnrolmentSurveys(person)).isEqualTo(1);
        assertNoSeriousViolations(page);
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
        var person = participantWithOpenEnrolmentSurvey("MENTEE", "t0-journey-en", "en");
        var page = signIn("t0-journey-en", PASSWORD);
        page.navigate(url("/me?lang=en"));
        var pending = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Surveys to answer"));
        assertThat(pending).isVisible();
        BrowserSession.screenshot(page, "surveys-home-en");
        pending.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(Pattern.compile("^Answer.*Your starting point$")))
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
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Thank you! Your answers have been saved.")))
                .hasCount(1);
        assertThat(answeredEnrolmentSurveys(person)).isEqualTo(1);
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-t0-answered-en");

        page.navigate(url("/me/surveys"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("My surveys");
        // the own before/after progress starts with the T0 levels just given
        assertThat(page.getByText("Your starting point").first()).isVisible();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-mine-en");
        page.context().close();
    }

    /** Enrolment respondents per department of the finished programme, read from the stored answers. */
    private java.util.Map<String, Long> enrolmentRespondents(long programme) {
        var counts = new java.util.TreeMap<String, Long>();
        jdbc.sql("select department, count(*) from feedback_response where program_id = :programme"
                        + " and moment = 'ENROLMENT' group by department")
                .param("programme", programme)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    @Test
    void theResultsPageHidesASmallDepartmentAndItsSmallestSibling() {
        long programme = jdbc.sql("select id from program where name = :name")
                .param("name", DemoCompanyLoaded.FINISHED_PROGRAMME)
                .query(Long.class)
                .single();
        var counts = enrolmentRespondents(programme);
        var small = counts.entrySet().stream()
                .filter(e -> e.getValue() < 5)
                .map(java.util.Map.Entry::getKey)
                .toList();
        var shownBySize = counts.entrySet().stream()
                .filter(e -> e.getValue() >= 5)
                .sorted(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .toList();
        long hiddenTotal = small.stream().mapToLong(counts::get).sum();
        assertThat(small)
                .as("the demo has a department under the threshold: %s", counts)
                .isNotEmpty();
        assertThat(hiddenTotal)
                .as("its small departments alone add up to fewer than 5: %s", counts)
                .isLessThan(5);
        var nobody = directory.departments().stream()
                .filter(d -> !counts.containsKey(d))
                .findFirst();
        assertThat(nobody).as("a department with no respondent").isPresent();

        var page = signIn("admin");
        page.navigate(url("/admin/surveys/results"));
        page.getByLabel("Programme").selectOption(new SelectOption().setLabel(DemoCompanyLoaded.FINISHED_PROGRAMME));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        var enrolment = page.locator("xpath=//dt[normalize-space()='À l’inscription']/following-sibling::dd[1]");
        assertThat(enrolment).hasText(Pattern.compile("^\\d+ répondants$"));
        for (var shown : page.getByText(Pattern.compile("^\\d+ répondants$")).allTextContents()) {
            assertThat(Integer.parseInt(shown.split(" ")[0])).isGreaterThanOrEqualTo(5);
        }
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-results-fr");

        // the small department: hidden, with the threshold explained
        page.getByLabel("Direction").selectOption(new SelectOption().setLabel(small.get(0)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(enrolment).hasText("Pas assez de réponses pour afficher");
        assertThat(page.getByText(Pattern.compile("^[1-4] répondants?$"))).hasCount(0);
        assertThat(page.getByText(Pattern.compile("un chiffre n’apparaît que pour 5 répondants au moins")))
                .isVisible();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "surveys-results-small-fr");

        // its smallest sibling, though at the threshold, is hidden too: no subtraction from the total reveals it
        page.getByLabel("Direction").selectOption(new SelectOption().setLabel(shownBySize.get(0)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(enrolment).hasText("Pas assez de réponses pour afficher");
        BrowserSession.screenshot(page, "surveys-results-sibling-fr");

        // a department of the company where nobody answered
        page.getByLabel("Direction").selectOption(new SelectOption().setLabel(nobody.get()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(enrolment).hasText("Pas assez de réponses pour afficher");
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
