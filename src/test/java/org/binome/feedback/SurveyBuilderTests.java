package org.binome.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.ParticipantRole;
import org.binome.support.Copy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The survey builder through its pages: a survey with every question type, in French and English, created switched
 * off; questions added, moved and removed without saving; bad input refused in place with nothing saved; editing an
 * answered survey makes a new version while old answers keep their questions; a concurrent edit is refused (409).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Tag("database")
class SurveyBuilderTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    private static final org.binome.identity.BinomeUser ADMIN = TestUsers.employee("ML00001", Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyStore store;

    @Autowired
    SurveyInvitations invitations;

    @Autowired
    Answers answers;

    @Autowired
    Clock clock;

    @Autowired
    org.binome.people.Directory directory;

    private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(expected);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    private static MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, SurveyForm form) {
        request.with(user(ADMIN)).with(csrf());
        param(request, "titleFr", form.titleFr());
        param(request, "titleEn", form.titleEn());
        param(request, "introFr", form.introFr());
        param(request, "introEn", form.introEn());
        param(request, "moment", form.moment());
        param(request, "audience", form.audience());
        param(request, "openDays", form.openDays());
        param(request, "version", form.version());
        for (int i = 0; i < form.questions().size(); i++) {
            var q = form.questions().get(i);
            var p = "questions[" + i + "].";
            param(request, p + "code", q.code());
            param(request, p + "kind", q.kind());
            param(request, p + "measure", q.measure());
            param(request, p + "area", q.area());
            param(request, p + "audience", q.audience());
            param(request, p + "required", Boolean.TRUE.equals(q.required()) ? "true" : null);
            param(request, p + "textFr", q.textFr());
            param(request, p + "textEn", q.textEn());
            param(request, p + "optionCodes", q.optionCodes());
            param(request, p + "optionsFr", q.optionsFr());
            param(request, p + "optionsEn", q.optionsEn());
        }
        return request;
    }

    private static void param(MockHttpServletRequestBuilder request, String name, Object value) {
        if (value != null) {
            request.param(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static SurveyForm.QuestionForm question(
            QuestionKind kind, String fr, String en, String optionsFr, String optionsEn, DigitalArea area) {
        return new SurveyForm.QuestionForm(
                null, kind, null, area, SurveyAudience.ALL, true, fr, en, null, optionsFr, optionsEn);
    }

    private static SurveyForm everyKind(String title) {
        return new SurveyForm(
                title,
                title + " (EN)",
                "Quelques questions.",
                "A few questions.",
                SurveyMoment.MID_POINT,
                SurveyAudience.ALL,
                14,
                null,
                List.of(
                        question(QuestionKind.AGREEMENT, "Je me sens à l’aise.", "I feel at ease.", null, null, null),
                        question(
                                QuestionKind.RECOMMENDATION,
                                "Recommanderiez-vous ?",
                                "Would you recommend?",
                                null,
                                null,
                                null),
                        question(
                                QuestionKind.SINGLE,
                                "Un format ?",
                                "One format?",
                                "Sur place\nÀ distance",
                                "On site\nRemote",
                                null),
                        question(
                                QuestionKind.MULTIPLE,
                                "Quels outils ?",
                                "Which tools?",
                                "Tableur\nVisio\nIA",
                                "Spreadsheet\nVideo calls\nAI",
                                null),
                        question(
                                QuestionKind.DIGCOMP_LEVEL,
                                "Votre niveau en sécurité",
                                "Your level in safety",
                                null,
                                null,
                                DigitalArea.SAFETY),
                        question(QuestionKind.SHORT_TEXT, "En un mot ?", "In one word?", null, null, null),
                        question(QuestionKind.LONG_TEXT, "Racontez.", "Tell us.", null, null, null)));
    }

    private SurveyRow byTitle(String title) {
        return store.all().stream()
                .filter(s -> s.titleFr().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSurveyWithEveryQuestionTypeIsCreatedInBothLanguagesAndSwitchedOff() throws Exception {
        // "add" comes back with a blank question of the chosen type, nothing saved
        var added = page(
                fill(
                                post("/admin/surveys/new"),
                                everyKind("Bilan d’étape maison").with(List.of()))
                        .param("action", "add")
                        .param("newKind", "SINGLE"),
                200);
        assertThat(added).contains("name=\"questions[0].optionsFr\"").contains("name=\"questions[0].optionsEn\"");
        assertThat(store.all()).noneMatch(s -> s.titleFr().equals("Bilan d’étape maison"));

        // "up" moves a question without saving
        var moved = page(
                fill(post("/admin/surveys/new"), everyKind("Bilan d’étape maison"))
                        .param("action", "up:1"),
                200);
        assertThat(moved.indexOf("Recommanderiez-vous ?")).isLessThan(moved.indexOf("Je me sens à l’aise."));
        var removed = page(
                fill(post("/admin/surveys/new"), everyKind("Bilan d’étape maison"))
                        .param("action", "remove:0"),
                200);
        assertThat(removed).doesNotContain("Je me sens à l’aise.").contains("Recommanderiez-vous ?");

        var response = mvc.perform(fill(post("/admin/surveys/new"), everyKind("Bilan d’étape maison"))
                        .param("action", "save"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        var survey = byTitle("Bilan d’étape maison");
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/surveys/" + survey.id() + "/versions/1");
        assertThat(survey.enabled()).isFalse();
        assertThat(survey.moment()).isEqualTo(SurveyMoment.MID_POINT);
        var content = store.version(store.currentVersionId(survey.id())).content();
        assertThat(content.questions()).extracting(SurveyDraft.Question::kind).containsExactly(QuestionKind.values());
        var single = content.questions().get(2);
        assertThat(single.options())
                .extracting(SurveyDraft.Option::labelFr, SurveyDraft.Option::labelEn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sur place", "On site"),
                        org.assertj.core.groups.Tuple.tuple("À distance", "Remote"));
        var level = content.questions().get(4);
        assertThat(level.area()).isEqualTo(DigitalArea.SAFETY);
        assertThat(level.measure()).isEqualTo(Measure.DIGCOMP);
        assertThat(content.questions().get(1).textEn()).isEqualTo("Would you recommend?");

        // both languages on the admin's page
        assertThat(page(
                        get("/admin/surveys/" + survey.id() + "/versions/1?lang=en")
                                .with(user(ADMIN)),
                        200))
                .contains("Bilan d’étape maison (EN)")
                .contains("Which tools?")
                .contains("Video calls");
    }

    @Test
    void badInputComesBackWhereItIsWrongAndNothingIsSaved() throws Exception {
        int before = store.all().size();
        var form = everyKind("Questionnaire refusé");
        var questions = new ArrayList<>(form.questions());
        questions.set(
                2,
                question(
                        QuestionKind.SINGLE,
                        "Un format ?",
                        "One format?",
                        "Sur place\nÀ distance\nMixte",
                        "On site\nRemote",
                        null));
        questions.set(4, question(QuestionKind.DIGCOMP_LEVEL, "", "Your level", null, null, null));
        var refused =
                page(fill(post("/admin/surveys/new"), form.with(questions)).param("action", "save"), 422);
        assertThat(refused)
                .contains(copy().fr("feedback.builder.error.optionsCount", 3, 2))
                .contains(copy().fr("feedback.builder.error.area"))
                .contains("Sur place\nÀ distance\nMixte")
                .contains("value=\"Questionnaire refusé\"");
        var empty = page(fill(post("/admin/surveys/new"), form.with(List.of())).param("action", "save"), 422);
        assertThat(empty).contains(copy().fr("feedback.builder.error.noQuestion"));
        assertThat(store.all()).hasSize(before);
    }

    @Test
    void editingAnAnsweredSurveyMakesANewVersionOldAnswersKeepTheirQuestionsAndAStaleEditIsRefused() throws Exception {
        // someone still in the company (the demo's departures must not decide who can answer)
        var respondent = directory.activeFacts().get(0).employeeNumber();
        invitations.invite(SurveyMoment.MID_POINT, 900_011L, respondent, ParticipantRole.MENTOR, LocalDate.now(clock));
        var invitation = invitations.of(respondent).stream()
                .filter(i -> i.programId() == 900_011L && i.moment() == SurveyMoment.MID_POINT)
                .findFirst()
                .orElseThrow();
        var given = new HashMap<Long, List<String>>();
        for (var q : answers.questionsFor(answers.ownInvitation(invitation.id(), respondent))) {
            given.put(
                    q.id(),
                    List.of(
                            switch (q.kind()) {
                                case AGREEMENT -> "4";
                                case RECOMMENDATION -> "8";
                                case DIGCOMP_LEVEL -> "2";
                                case SINGLE, MULTIPLE -> q.options().get(0).code();
                                default -> "Un regard neuf sur nos outils.";
                            }));
        }
        answers.submit(invitation.id(), respondent, given);
        var survey = store.find(invitation.surveyId()).orElseThrow();
        var old = store.version(invitation.versionId()).content();
        var oldFirst = old.questions().get(0);

        assertThat(page(get("/admin/surveys/" + survey.id() + "/edit").with(user(ADMIN)), 200))
                .contains(copy().fr("feedback.builder.answeredNote"));
        var form = SurveyForm.of(
                survey, store.version(store.currentVersionId(survey.id())).content());
        var edited = new ArrayList<>(form.questions());
        var first = edited.get(0);
        edited.set(
                0,
                new SurveyForm.QuestionForm(
                        first.code(),
                        first.kind(),
                        first.measure(),
                        first.area(),
                        first.audience(),
                        first.required(),
                        "Question reformulée par l’administratrice",
                        "Reworded question",
                        first.optionCodes(),
                        first.optionsFr(),
                        first.optionsEn()));
        edited.add(0, edited.remove(edited.size() - 1));
        var response = mvc.perform(fill(post("/admin/surveys/" + survey.id() + "/edit"), form.with(edited))
                        .param("action", "save"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        int number = survey.currentVersion() + 1;
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/surveys/" + survey.id() + "/versions/" + number);
        var now = store.version(store.currentVersionId(survey.id())).content();
        assertThat(now.questions().get(1).textFr()).isEqualTo("Question reformulée par l’administratrice");
        assertThat(now.questions().get(1).code()).isEqualTo(oldFirst.code());
        assertThat(now.questions().get(0).code())
                .isEqualTo(old.questions().get(old.questions().size() - 1).code());

        // the participant's answers still show the questions they answered
        var owner = TestUsers.employee(respondent, Role.PARTICIPANT);
        assertThat(page(get("/me/surveys/" + invitation.id()).with(user(owner)), 200))
                .contains(oldFirst.textFr())
                .doesNotContain("Question reformulée");
        // and the old version stays readable by administrators
        assertThat(page(
                        get("/admin/surveys/" + survey.id() + "/versions/" + survey.currentVersion())
                                .with(user(ADMIN)),
                        200))
                .contains(oldFirst.textFr());

        // a second administrator who opened the form before that save is refused, their text kept
        var stale = page(
                fill(
                                post("/admin/surveys/" + survey.id() + "/edit"),
                                form.with(List.of(new SurveyForm.QuestionForm(
                                        first.code(),
                                        first.kind(),
                                        first.measure(),
                                        first.area(),
                                        first.audience(),
                                        first.required(),
                                        "Ma version à moi",
                                        "My own version",
                                        first.optionCodes(),
                                        first.optionsFr(),
                                        first.optionsEn()))))
                        .param("action", "save"),
                409);
        assertThat(stale).contains(copy().fr("feedback.error.stale")).contains("Ma version à moi");
        assertThat(store.version(store.currentVersionId(survey.id())).content().questions())
                .hasSize(now.questions().size());
    }

    @Test
    void aNumberOfDaysThatIsNotANumberIsRefusedNotGuessed() throws Exception {
        var typed = everyKind("Jours invalides");
        var form = fill(
                        post("/admin/surveys/new"),
                        new SurveyForm(
                                typed.titleFr(),
                                typed.titleEn(),
                                typed.introFr(),
                                typed.introEn(),
                                typed.moment(),
                                typed.audience(),
                                null,
                                null,
                                typed.questions()))
                .param("openDays", "deux")
                .param("action", "save");
        assertThat(page(form, 422))
                .contains(copy().fr("typeMismatch.java.lang.Integer"))
                .contains("Votre niveau en sécurité");
        assertThat(store.all()).noneMatch(s -> s.titleFr().equals("Jours invalides"));
    }
}
