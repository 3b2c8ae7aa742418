package org.binome.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.Directory;
import org.binome.programs.ParticipantRole;
import org.binome.shared.RuleViolation;
import org.binome.support.Copy;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Answering surveys: only the invited person reads or answers (403 for anyone else), missing answers are refused in
 * place and nothing is saved, a second submission is refused and never stored twice, a new version keeps old answers
 * readable; results stay hidden below the threshold.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Tag("database")
class FeedbackTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyInvitations invitations;

    @Autowired
    SurveyStore store;

    @Autowired
    Answers answers;

    @Autowired
    SurveyResults results;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private long invitation(SurveyMoment moment, long programme, String person, ParticipantRole role) {
        invitations.invite(moment, programme, person, role, LocalDate.now(clock));
        return invitations.of(person).stream()
                .filter(i -> i.moment() == moment && i.programId() == programme)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(expected);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    /** Every question of the invitation answered with its first possible value. */
    private Map<Long, List<String>> fullAnswers(long invitationId, String person, int agreement) {
        return SurveyCompany.everyQuestion(
                answers,
                answers.ownInvitation(invitationId, person),
                agreement,
                SurveyCompany.everywhere(2),
                "Une pratique utile, partagée en équipe.");
    }

    @Test
    void onlyTheInvitedPersonReadsOrAnswersTheirSurvey() throws Exception {
        var mentor = TestPeople.person().registerIn(directory);
        long id = invitation(SurveyMoment.ENROLMENT, 900_001L, mentor, ParticipantRole.MENTOR);
        var owner = TestUsers.employee(mentor, Role.PARTICIPANT);
        var someoneElse = TestUsers.employee(TestPeople.person().registerIn(directory), Role.PARTICIPANT);
        var administrator = TestUsers.employee(TestPeople.person().registerIn(directory), Role.ADMIN);

        assertThat(page(get("/me/surveys/" + id).with(user(owner)), 200)).contains("Votre point de départ");
        assertThat(status(get("/me/surveys/" + id).with(user(someoneElse)))).isEqualTo(403);
        assertThat(status(post("/me/surveys/" + id).with(user(someoneElse)).with(csrf())))
                .isEqualTo(403);
        assertThat(status(get("/me/surveys/" + id).with(user(administrator)))).isEqualTo(403);
        assertThat(invitations.find(id).orElseThrow().answered()).isFalse();
        // the home page offers it to its owner only
        assertThat(page(get("/me").with(user(owner)), 200)).contains("/me/surveys/" + id);
        assertThat(page(get("/me").with(user(someoneElse)), 200)).doesNotContain("/me/surveys/" + id);
    }

    @Test
    void missingAnswersAreRefusedInPlaceAndASecondSubmissionIsNeverStoredTwice() throws Exception {
        var mentor = TestPeople.person().registerIn(directory);
        long id = invitation(SurveyMoment.FIRST_SESSION, 900_002L, mentor, ParticipantRole.MENTOR);
        var owner = TestUsers.employee(mentor, Role.PARTICIPANT);
        var fit = answers.questionsFor(answers.ownInvitation(id, mentor)).get(0);

        var refused = page(post("/me/surveys/" + id).with(user(owner)).with(csrf()), 422);
        assertThat(refused).contains(copy().fr("feedback.answer.required"));
        assertThat(invitations.find(id).orElseThrow().answered()).isFalse();

        var request = post("/me/surveys/" + id)
                .param("q" + fit.id(), "good-fit")
                .with(user(owner))
                .with(csrf());
        var kept = page(
                post("/me/surveys/" + id)
                        .param("q" + fit.id(), "good-fit")
                        .with(user(owner))
                        .with(csrf()),
                422);
        assertThat(kept).contains("value=\"good-fit\" checked");
        int before = responses();
        var all = fullAnswers(id, mentor, 4);
        var form = post("/me/surveys/" + id).with(user(owner)).with(csrf());
        all.forEach((question, values) -> form.param("q" + question, values.toArray(String[]::new)));
        assertThat(status(form)).isEqualTo(302);
        assertThat(responses()).isEqualTo(before + 1);
        assertThat(invitations.find(id).orElseThrow().answered()).isTrue();

        var again = post("/me/surveys/" + id).with(user(owner)).with(csrf());
        all.forEach((question, values) -> again.param("q" + question, values.toArray(String[]::new)));
        assertThat(status(again)).isEqualTo(409);
        assertThat(status(request)).isEqualTo(409);
        assertThat(responses()).isEqualTo(before + 1);
        // the owner reads what they answered
        assertThat(page(get("/me/surveys/" + id).with(user(owner)), 200)).contains("Nous formons un bon binôme");
    }

    @Test
    void aNewVersionKeepsOldAnswersReadableWithTheirQuestions() throws Exception {
        var mentor = TestPeople.person().registerIn(directory);
        long id = invitation(SurveyMoment.SIX_MONTHS, 900_003L, mentor, ParticipantRole.MENTOR);
        answers.submit(id, mentor, fullAnswers(id, mentor, 4));
        var survey = store.find(invitations.find(id).orElseThrow().surveyId()).orElseThrow();
        var current = store.version(store.currentVersionId(survey.id())).content();
        var edited = new java.util.ArrayList<>(current.questions());
        var first = edited.get(0);
        edited.set(
                0,
                new SurveyDraft.Question(
                        null,
                        first.code(),
                        first.kind(),
                        first.measure(),
                        first.area(),
                        first.audience(),
                        first.required(),
                        "Appliquez-vous encore une pratique du programme ?",
                        "Do you still apply a practice from the programme?",
                        first.options()));
        int number = store.save(survey.id(), survey.version(), current.withQuestions(edited));

        assertThat(number).isEqualTo(survey.currentVersion() + 1);
        var owner = TestUsers.employee(mentor, Role.PARTICIPANT);
        assertThat(page(get("/me/surveys/" + id).with(user(owner)), 200))
                .contains("J’applique encore une pratique apprise pendant le programme.")
                .contains("Oui, régulièrement")
                .doesNotContain("Appliquez-vous encore");
        // a stale edit is refused, never silently applied
        assertThatThrownBy(() -> store.save(survey.id(), survey.version(), current))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("feedback.error.stale");
    }

    @Test
    void resultsStayHiddenUnderTheThresholdAndAppearAtIt() {
        long programme = 900_004L;
        // people spread over the company: respondents who all shared a department, site or generation would be
        // checked against the demo's answers in that group too (a complement under the threshold hides them, as it
        // should)
        var everyone = directory.activeEmployeeNumbers(null, null);
        var people = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> everyone.get(5 + i * 41))
                .toList();
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            long id = invitation(SurveyMoment.END, programme, person, ParticipantRole.MENTEE);
            answers.submit(id, person, fullAnswers(id, person, i % 2 == 0 ? 5 : 3));
            var figures = results.figures(ResultScope.programme(programme));
            if (i < 4) {
                assertThat(figures.satisfaction().hidden())
                        .as("%d respondents", i + 1)
                        .isTrue();
                assertThat(figures.satisfaction().respondents()).isZero();
            } else {
                assertThat(figures.satisfaction().hidden()).isFalse();
                assertThat(figures.satisfaction().respondents()).isEqualTo(i + 1);
                assertThat(figures.recommendation().score()).isEqualTo(100.0);
            }
        }
        // six comments per question are not enough for quotes (10 authors)
        assertThat(results.figures(ResultScope.programme(programme)).quotes().hidden())
                .isTrue();
    }

    @Autowired
    ResultCells cells;

    /** The kept counters equal a full read, cell by cell and counter by counter. */
    private void assertKeptCountersMatchAFullRead() {
        var kept = cells.load();
        var full = cells.readAll();
        assertThat(kept.keySet()).containsAll(full.keySet());
        kept.forEach((cell, tally) -> {
            var expected = full.get(cell);
            var keys = new java.util.HashSet<>(tally.values().keySet());
            if (expected != null) {
                keys.addAll(expected.values().keySet());
            }
            for (var key : keys) {
                assertThat(tally.get(key))
                        .as("%s %s", cell, key)
                        .isCloseTo(
                                expected == null ? 0.0 : expected.get(key), org.assertj.core.data.Offset.offset(1e-9));
            }
        });
    }

    @Test
    void afterEachNewAnswerTheKeptCountersAreWhatAFullReadGives() {
        long programme = 900_006L;
        var people = directory.activeEmployeeNumbers(null, null).subList(120, 126);
        cells.load();
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            // T0 then end for some, end then T0 for others (the end answer's pairing changes when the T0 arrives)
            var order = i % 2 == 0
                    ? List.of(SurveyMoment.ENROLMENT, SurveyMoment.END)
                    : List.of(SurveyMoment.END, SurveyMoment.ENROLMENT);
            for (var moment : order) {
                long id = invitation(moment, programme, person, ParticipantRole.MENTEE);
                answers.submit(id, person, fullAnswers(id, person, 2 + i % 4));
                assertKeptCountersMatchAFullRead();
            }
        }
        // every person's end answer is paired with their T0 answer, whatever came first
        double paired = cells.load().entrySet().stream()
                .filter(e -> e.getKey().programme() == programme)
                .mapToDouble(e -> e.getValue().get("pair:" + DigitalArea.values()[0].code() + ":n"))
                .sum();
        assertThat(paired).isEqualTo(people.size());
    }

    @Test
    void anAnswerShowsAtOnceInTheImpactDashboardsSatisfactionThroughSurveyAnswered() throws Exception {
        assertThat(java.util.Arrays.stream(SurveyAnswered.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName))
                .as("the event names no person and carries no answer")
                .containsExactly("surveyId", "programId");
        var admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);
        var before = dashboardSurveys(admin).satisfaction();
        long programme = 900_008L;
        var people = directory.activeEmployeeNumbers(null, null).subList(140, 146);
        for (var person : people) {
            long id = invitation(SurveyMoment.END, programme, person, ParticipantRole.MENTEE);
            answers.submit(id, person, fullAnswers(id, person, 5));
        }
        // The dashboard keeps its survey figures for binome.insights.cache-for (5 minutes here): only the event can
        // have dropped them.
        var after = dashboardSurveys(admin).satisfaction();
        assertThat(after.hidden()).isFalse();
        assertThat(after.respondents()).isGreaterThanOrEqualTo(before.respondents() + people.size());
    }

    /** The survey figures of the impact dashboard across every programme, as an administrator sees them. */
    private SurveyFigures dashboardSurveys(org.binome.identity.BinomeUser admin) throws Exception {
        var result = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/sponsor")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(admin)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return (SurveyFigures) result.getModelAndView().getModel().get("surveys");
    }

    @Test
    void thresholdsBelowThreeAreRefusedAtStart() {
        assertThatThrownBy(() -> new FeedbackSettings(2, 10, "", 7, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FeedbackSettings(5, 2, "", 7, 2)).isInstanceOf(IllegalStateException.class);
        assertThat(new FeedbackSettings(3, 3, "", 7, 2).thresholds().minGroupSize())
                .isEqualTo(3);
    }

    private int responses() {
        return jdbc.sql("select count(*) from feedback_response")
                .query(Integer.class)
                .single();
    }
}
