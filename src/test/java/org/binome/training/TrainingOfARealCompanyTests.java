package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.Directory;
import org.binome.support.Copy;
import org.binome.support.TestAccounts;
import org.binome.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training in a company without demo data (same application as the first administrator's tests): until someone holds
 * the Facilitator role, the circle form says so and where to give it, instead of an empty list to choose from; an
 * accepted volunteer whose required training is not done is told so on their home page, since matching leaves them
 * out until it is.
 */
@SpringBootTest(properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TrainingOfARealCompanyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.binome.programs.Programs programs;

    @Autowired
    Training training;

    @Autowired
    TrainingPaths paths;

    private long programme() {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into program (name, format, mentor_max_seniority, mentee_min_seniority, status, created_at)"
                        + " values (?, 'PAIRS', 10, 15, 'OPEN', ?)")
                .params("Cercles " + System.nanoTime(), java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The page as this user reads it in this language (it must answer 200). */
    private Document page(String path, org.binome.identity.BinomeUser who, String language) throws Exception {
        var response = mvc.perform(get(path).with(user(who)).cookie(new Cookie("binome-lang", language)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private Document circlesPage(long programme, String language) throws Exception {
        return page(
                "/admin/programmes/" + programme + "/circles",
                TestUsers.person("admin", null, language, Role.ADMIN),
                language);
    }

    @Test
    void theCircleFormSaysNobodyHoldsTheFacilitatorRoleYetAndOffersTheFacilitatorOnceNamed() throws Exception {
        var copy = new Copy(messages);
        long programme = programme();
        for (var language : new String[] {"fr", "en"}) {
            var page = circlesPage(programme, language);
            assertThat(page.select("select#facilitator option")).isEmpty();
            var notice = page.selectFirst("#facilitator-none");
            assertThat(notice).isNotNull();
            assertThat(notice.text())
                    .contains(
                            language.equals("fr")
                                    ? copy.fr("training.circles.noFacilitator")
                                    : copy.en("training.circles.noFacilitator"));
            assertThat(notice.select("a").attr("href")).isEqualTo("/admin/accounts");
            assertThat(page.selectFirst("select#facilitator").attr("aria-describedby"))
                    .isEqualTo("facilitator-none");
        }

        var number = "FAC" + Long.toString(System.nanoTime(), 36).toUpperCase();
        TestPeople.person()
                .number(number)
                .named("Solène", "Animatrice")
                .email(number.toLowerCase() + "@example.org")
                .registerIn(directory);
        TestAccounts.account()
                .username(number.toLowerCase() + "@example.org")
                .displayName("Solène Animatrice")
                .email(number.toLowerCase() + "@example.org")
                .employee(number)
                .roles(Role.PARTICIPANT, Role.FACILITATOR)
                .openIn(accounts);

        var named = circlesPage(programme, "fr");
        assertThat(named.select("select#facilitator option").eachAttr("value")).contains(number);
        assertThat(named.selectFirst("#facilitator-none")).isNull();
        assertThat(named.selectFirst("select#facilitator").hasAttr("aria-describedby"))
                .isFalse();
    }

    private Document home(String number, String language) throws Exception {
        return page("/me", TestUsers.person(number.toLowerCase(), number, language, Role.PARTICIPANT), language);
    }

    @Test
    void anAcceptedVolunteerIsToldOnTheirHomeToFinishTheRequiredTrainingBeforeMatchingUntilItIsDone() throws Exception {
        var copy = new Copy(messages);
        var today = java.time.LocalDate.now(clock);
        var matchingDay = today.plusDays(20);
        var name = "Formation d’abord " + System.nanoTime();
        long id = org.binome.programs.TestProgrammes.programme(name)
                .trainingRequired(true)
                .on(org.binome.programs.Phase.APPLICATIONS_OPEN, today.minusDays(1))
                .on(org.binome.programs.Phase.APPLICATIONS_CLOSE, today.plusDays(10))
                .on(org.binome.programs.Phase.MATCHING, matchingDay)
                .createIn(programs, "admin")
                .id();
        var setup = new org.binome.programs.ProgrammeSetup(programs);
        setup.changeStatus(id, org.binome.programs.ProgramStatus.OPEN);
        var number = TestPeople.person()
                .number("TR" + Long.toString(System.nanoTime(), 36).toUpperCase())
                .named("Yanis", "Volontaire")
                .careerStart(today.getYear() - 2)
                .registerIn(directory);
        var mentor = org.binome.programs.ParticipantRole.MENTOR;
        var application = setup.applyPlainly(id, number, mentor);

        // Applied, not yet accepted: nothing is due.
        assertThat(home(number, "fr").selectFirst("#training-due-title")).isNull();

        setup.accept(id, List.of(application.id()));
        int total = DefaultPaths.of(mentor).size();
        for (var language : new String[] {"fr", "en"}) {
            var card = home(number, language).selectFirst("section:has(#training-due-title)");
            assertThat(card).as(language).isNotNull();
            var fr = language.equals("fr");
            assertThat(card.text())
                    .contains(name)
                    .contains(
                            fr
                                    ? copy.fr("participant.home.training.progress", 0, total)
                                    : copy.en("participant.home.training.progress", 0, total))
                    .contains(fr ? copy.fr("programs.role.MENTOR") : copy.en("programs.role.MENTOR"));
            assertThat(card.select("a[href=/me/training]")).hasSize(1);
        }
        assertThat(home(number, "fr")
                        .selectFirst("section:has(#training-due-title)")
                        .text())
                .contains(copy.fr(
                        "participant.home.training.before",
                        matchingDay.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));

        // One module done counts; the whole path done, the card goes.
        var first = training.progress(id, mentor, number).modules().get(0);
        paths.complete(first.id(), number, null);
        assertThat(home(number, "fr")
                        .selectFirst("section:has(#training-due-title)")
                        .text())
                .contains(copy.fr("participant.home.training.progress", 1, total));
        training.recordPathCompleted(id, mentor, number);
        assertThat(home(number, "fr").selectFirst("#training-due-title")).isNull();
    }
}
