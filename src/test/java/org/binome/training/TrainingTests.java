package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.matching.TrainingGate;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.shared.RuleViolation;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Training paths, the gate, circles, confidentiality and help requests, as people and matching see them. */
/*
 * Over 400 lines: one Spring context for the training module's journeys through its web pages (paths, the gate,
 * circles, help requests); each test is short and stands alone, and splitting the class would start a second context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class TrainingTests {

    static final String DEMO_MENTOR = "ML00022";
    static final String DEMO_FACILITATOR = "ML00021";

    /** The installation's time zone, as the application reads and writes local times. */
    @Autowired
    org.springframework.context.MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    java.time.ZoneId zone;

    @Autowired
    MockMvc mvc;

    @Autowired
    Programs programs;

    @Autowired
    Training training;

    @Autowired
    TrainingPaths paths;

    @Autowired
    Circles circles;

    @Autowired
    TrainingGate gate;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long running() {
        return programs.findAll().stream()
                .filter(p -> p.name().startsWith("Mentorat inversé 2026"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** An accepted mentor of the running programme who is in no circle and has done no training. */
    private String freshMentor(int index) {
        var inCircles = circles.ofProgram(running()).stream()
                .flatMap(c -> c.members().stream())
                .map(CircleView.Member::employeeNumber)
                .toList();
        return programs.acceptedApplicants(running(), ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .filter(e -> !e.equals(DEMO_MENTOR) && !inCircles.contains(e))
                .sorted()
                .toList()
                .get(index);
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    private static BinomeUser participant(String employeeNumber) {
        return TestUsers.employee(employeeNumber, Role.PARTICIPANT);
    }

    private CircleView demoCircle() {
        return circles.ofProgram(running()).stream()
                .filter(c -> c.name().equals("Cercle Lumière"))
                .findFirst()
                .orElseThrow();
    }

    // ---- paths and gate ---------------------------------------------------------------------------------------

    @Test
    void defaultPathsShipSixMentorModulesAndThreeMenteeModulesInBothLanguagesEachWithAQuiz() {
        var mentor = training.progress(running(), ParticipantRole.MENTOR, "nobody");
        var mentee = training.progress(running(), ParticipantRole.MENTEE, "nobody");
        assertThat(mentor.modules()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(mentee.modules()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mentor.modules().get(0).titleEn()).isEqualTo("The role of a reverse mentor");
        assertThat(mentor.modules()).allSatisfy(m -> {
            assertThat(m.bodyFr()).contains("<p>");
            assertThat(m.bodyEn()).contains("<p>");
            assertThat(m.questions()).hasSizeBetween(2, 3);
        });
    }

    @Test
    void theGateStopsAnAcceptedMentorWhoHasNotFinishedWhenTheProgrammeRequiresTraining() {
        var program = programs.find(running()).orElseThrow();
        assertThat(program.trainingRequired()).isTrue();
        assertThat(gate.completed(running(), freshMentor(0))).isFalse();
        assertThat(gate.completed(running(), DEMO_MENTOR)).isTrue();
    }

    @Test
    void theGateLetsEveryoneThroughWhenTheProgrammeDoesNotRequireTraining() {
        var program = TestProgrammes.programme("Sans formation")
                .maxMenteesPerMentor(1)
                .trainingRequired(false)
                .createIn(programs);
        assertThat(gate.completed(program.id(), freshMentor(0))).isTrue();
        assertThat(gate.completed(999_999L, freshMentor(0))).isTrue();
    }

    @Test
    void aPathNobodyHasOpenedYetIsNotCompletedByAnyone() {
        var running = programs.find(running()).orElseThrow();
        assertThat(paths.seeded(running(), ParticipantRole.MENTOR)).isTrue();
        var fresh = TestProgrammes.programme("Formation requise")
                .maxMenteesPerMentor(1)
                .trainingRequired(true)
                .createIn(programs);
        assertThat(running.trainingRequired()).isTrue();
        assertThat(gate.completed(fresh.id(), DEMO_MENTOR)).isFalse();
    }

    @Test
    void aQuizIsGradedOnTheServerAndTamperedAnswersAreRefused() throws Exception {
        var mentor = freshMentor(1);
        var module = training.progress(running(), ParticipantRole.MENTOR, mentor)
                .modules()
                .get(1);
        var page = body(get("/me/training/" + module.id()).with(user(participant(mentor))), 200);
        assertThat(page).contains(module.titleFr()).doesNotContain("correct");

        var correct = paths.correctChoices(module.id());
        var q1 = module.questions().get(0);
        var q2 = module.questions().get(1);
        // A question of another module, or a choice of another question: refused, nothing recorded.
        var tampered = body(
                post("/me/training/" + module.id())
                        .with(user(participant(mentor)))
                        .with(csrf())
                        .param("q" + q1.id(), String.valueOf(q2.choices().get(0).id()))
                        .param("q" + q2.id(), String.valueOf(correct.get(q2.id()))),
                422);
        assertThat(tampered).contains(copy().fr("training.quiz.tampered"));
        body(
                post("/me/training/" + module.id())
                        .with(user(participant(mentor)))
                        .with(csrf())
                        .param("q999999", "1"),
                422);
        // Unanswered: the answers given stay checked.
        var unanswered = body(
                post("/me/training/" + module.id())
                        .with(user(participant(mentor)))
                        .with(csrf())
                        .param("q" + q1.id(), String.valueOf(correct.get(q1.id()))),
                422);
        assertThat(unanswered).contains(copy().fr("training.quiz.unanswered")).contains("checked");
        // Wrong answers: below the pass mark.
        var wrong = module.questions().stream()
                .map(q -> q.choices().stream()
                        .filter(c -> c.id() != correct.get(q.id()))
                        .findFirst()
                        .orElseThrow())
                .toList();
        var request = post("/me/training/" + module.id())
                .with(user(participant(mentor)))
                .with(csrf());
        for (int i = 0; i < wrong.size(); i++) {
            request.param(
                    "q" + module.questions().get(i).id(),
                    String.valueOf(wrong.get(i).id()));
        }
        assertThat(body(request, 422)).contains("Vous avez obtenu 0 %");
        assertThat(paths.completedBy(mentor, running())).doesNotContain(module.id());

        var right = post("/me/training/" + module.id())
                .with(user(participant(mentor)))
                .with(csrf());
        module.questions().forEach(q -> right.param("q" + q.id(), String.valueOf(correct.get(q.id()))));
        body(right, 302);
        assertThat(paths.completedBy(mentor, running())).contains(module.id());
    }

    @Test
    void aModuleOfAnotherProgrammeOrRoleIsNotFound() throws Exception {
        var menteeModule = training.progress(running(), ParticipantRole.MENTEE, DEMO_MENTOR)
                .modules()
                .get(0);
        body(get("/me/training/" + menteeModule.id()).with(user(participant(DEMO_MENTOR))), 404);
    }

    @Test
    void administratorsEditReorderAndSeeWhoHasNotFinished() throws Exception {
        var admin = TestUsers.withRoles(Role.ADMIN);
        var page = body(get("/admin/programmes/" + running() + "/training").with(user(admin)), 200);
        assertThat(page).contains(copy().fr("training.admin.unfinished")).contains("Le rôle du mentor inversé");

        var before = paths.modules(running(), ParticipantRole.MENTEE);
        body(
                post("/admin/programmes/" + running() + "/training/"
                                + before.get(0).id() + "/move")
                        .with(user(admin))
                        .with(csrf())
                        .param("direction", "down"),
                302);
        var after = paths.modules(running(), ParticipantRole.MENTEE);
        assertThat(after.get(0).id()).isEqualTo(before.get(1).id());
        assertThat(after.get(1).id()).isEqualTo(before.get(0).id());

        var invalid = body(
                post("/admin/programmes/" + running() + "/training")
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "MENTEE")
                        .param("titleFr", "Titre")
                        .param("titleEn", "")
                        .param("bodyFr", "<p>Texte</p>")
                        .param("bodyEn", "<p>Text</p>")
                        .param("videoUrl", "javascript:alert(1)")
                        .param("minutes", "10")
                        .param("passMark", "50")
                        .param("quiz", "? Question | Question\n+ Oui | Yes\n+ Non | No"),
                422);
        assertThat(invalid).contains("videoUrl-error").contains("titleEn-error").contains("value=\"Titre\"");
        assertThat(invalid).contains("quiz-error").contains(copy().frParts("training.quiz.oneRightAnswer"));

        body(
                post("/admin/programmes/" + running() + "/training")
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "MENTEE")
                        .param("titleFr", "Module ajouté")
                        .param("titleEn", "Added module")
                        .param("bodyFr", "<p>Texte<script>alert(1)</script></p>")
                        .param("bodyEn", "<p onclick=\"x()\">Text</p>")
                        .param("videoUrl", "https://videos.example.com/1")
                        .param("minutes", "10")
                        .param("passMark", "50")
                        .param("quiz", "? Combien ? | How many?\r\n+ Un | One\r\n- Deux | Two\r\n"),
                302);
        var added = paths.modules(running(), ParticipantRole.MENTEE).stream()
                .filter(m -> m.titleFr().equals("Module ajouté"))
                .findFirst()
                .orElseThrow();
        assertThat(added.bodyFr()).isEqualTo("<p>Texte</p>");
        assertThat(added.bodyEn()).isEqualTo("<p>Text</p>");
        assertThat(added.hasQuiz()).isTrue();
        assertThat(added.questions().get(0).textEn()).isEqualTo("How many?");
        var right =
                paths.correctChoices(added.id()).get(added.questions().get(0).id());
        assertThat(added.questions().get(0).choices().get(0).id()).isEqualTo(right);
        var edit = body(
                get("/admin/programmes/" + running() + "/training/" + added.id() + "/edit")
                        .with(user(admin)),
                200);
        assertThat(edit).contains("? Combien ? | How many?").contains("+ Un | One");
        body(
                post("/admin/programmes/" + running() + "/training/" + added.id() + "/remove")
                        .with(user(admin))
                        .with(csrf()),
                302);
        assertThat(paths.module(added.id())).isEmpty();
    }

    // ---- circles ------------------------------------------------------------------------------------------------

    @Test
    void aCircleOfFewerThanFourOrMoreThanEightIsRefusedWithAClearMessage() throws Exception {
        var mentors = programs.acceptedApplicants(running(), ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .toList();
        assertThatThrownBy(
                        () -> circles.form(running(), "Trop petit", DEMO_FACILITATOR, mentors.subList(0, 3), 4, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.circle.size"));
        assertThatThrownBy(
                        () -> circles.form(running(), "Trop grand", DEMO_FACILITATOR, mentors.subList(0, 9), 4, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.circle.size"));
        assertThatThrownBy(() -> circles.form(running(), "Rythme", DEMO_FACILITATOR, mentors.subList(0, 4), 8, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.session.cadence"));
        var page = body(
                post("/admin/programmes/" + running() + "/circles")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("name", "Trop petit")
                        .param("facilitator", DEMO_FACILITATOR)
                        .param("cadenceWeeks", "4")
                        .param("members", mentors.get(0), mentors.get(1), mentors.get(2)),
                422);
        assertThat(page).contains(copy().fr("training.circle.size", 3));
        assertThat(page).contains("value=\"Trop petit\"");
    }

    @Test
    void theSuggestionPutsNoTwoMembersInOneReportingLine() {
        for (var group : circles.suggest(running())) {
            assertThat(group).hasSizeLessThanOrEqualTo(8);
            assertThat(training.noReportingLineBetween(group)).isTrue();
        }
        assertThat(training.noReportingLineBetween(demoCircle().activeNumbers()))
                .isTrue();
    }

    @Test
    void whatIsSaidInACircleIsVisibleToItsMembersAndFacilitatorOnly() throws Exception {
        var circle = demoCircle();
        var secret = "ce n’est pas pour l’usine";
        assertThat(body(get("/me/circles/" + circle.id()).with(user(participant(DEMO_MENTOR))), 200))
                .contains(secret);
        assertThat(body(
                        get("/facilitation/circles/" + circle.id())
                                .with(user(TestUsers.employee(DEMO_FACILITATOR, Role.FACILITATOR))),
                        200))
                .contains(secret)
                .contains(copy().fr("training.session.plan"));
        var admin = body(
                get("/facilitation/circles/" + circle.id()).with(user(TestUsers.employee(someone(), Role.ADMIN))), 200);
        assertThat(admin).doesNotContain(secret).contains(copy().frParts("training.session.attendees"));
        var adminList = body(
                get("/admin/programmes/" + running() + "/circles").with(user(TestUsers.withRoles(Role.ADMIN))), 200);
        assertThat(adminList)
                .contains("Cercle Lumière")
                .contains("2 séance(s) tenue(s)")
                .doesNotContain(secret);
        var session = circles.sessions(circle.id()).get(0);
        body(
                get("/facilitation/circles/" + circle.id() + "/sessions/" + session.id())
                        .with(user(TestUsers.employee(someone(), Role.ADMIN))),
                403);
        body(get("/me/circles/" + circle.id()).with(user(participant(freshMentor(0)))), 404);
        body(
                get("/facilitation/circles/" + circle.id()).with(user(TestUsers.employee(someone(), Role.FACILITATOR))),
                404);
        body(get("/facilitation/circles/" + circle.id()).with(user(TestUsers.employee(someone(), Role.SPONSOR))), 403);
    }

    @Test
    void aSessionIsScheduledEveryTwoToSixWeeksAndFollowsTheStepsWithoutLosingWhatWasTyped() throws Exception {
        var group = circles.suggest(running()).get(0);
        var members = group.subList(0, Math.min(5, group.size()));
        var circleId = training.formCircle(running(), "Cercle d’essai", DEMO_FACILITATOR, members, 3, "Lyon");
        var start = java.time.Instant.now().plus(java.time.Duration.ofDays(2));
        var first = training.scheduleSession(circleId, start, null);
        assertThatThrownBy(() -> training.scheduleSession(circleId, start.plus(java.time.Duration.ofDays(7)), null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.session.cadence"));
        assertThatThrownBy(() -> training.scheduleSession(
                        circleId, java.time.Instant.now().minusSeconds(60), null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.session.inPast"));
        // The facilitator (who has an account) is notified with the calendar invitation attached.
        assertThat(jdbc.sql("select count(*) from notification where template = 'circle.planned' and link = ?")
                        .param("/facilitation/circles/" + circleId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var ics = jdbc.sql("select a.content from mail_attachment a join mail_outbox m on m.id = a.mail_id"
                        + " where m.idempotency_key like ?")
                .param("%circle-session:" + first + ":0%")
                .query((rs, i) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                .list();
        assertThat(ics)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text)
                        .contains("BEGIN:VTIMEZONE")
                        .contains("UID:circle-session-" + first + "@binome"));
        // Moving it keeps the calendar UID and raises the SEQUENCE.
        var later = start.plus(java.time.Duration.ofDays(1));
        body(
                post("/facilitation/circles/" + circleId + "/sessions/" + first + "/reschedule")
                        .with(user(TestUsers.employee(DEMO_FACILITATOR, Role.FACILITATOR)))
                        .with(csrf())
                        .param(
                                "startsAt",
                                later.atZone(zone)
                                        .toLocalDateTime()
                                        .withSecond(0)
                                        .withNano(0)
                                        .toString()),
                302);
        assertThat(circles.session(circleId, first).orElseThrow().sequence()).isEqualTo(1);
        var updated = jdbc.sql("select a.content from mail_attachment a join mail_outbox m on m.id = a.mail_id"
                        + " where m.idempotency_key like ?")
                .param("%circle-session:" + first + ":1%")
                .query((rs, i) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                .list();
        assertThat(updated)
                .isNotEmpty()
                .allSatisfy(text ->
                        assertThat(text).contains("SEQUENCE:1").contains("UID:circle-session-" + first + "@binome"));
        var session = circles.session(circleId, first).orElseThrow();
        assertThat(session.client()).isEqualTo(members.get(0));
        // The client leaves mid-cycle: the planned session passes to the next member, nobody is skipped.
        circles.leave(circleId, members.get(0));
        assertThat(circles.session(circleId, first).orElseThrow().client()).isEqualTo(members.get(1));
        assertThat(circles.find(circleId).orElseThrow().members()).hasSize(members.size());

        var facilitator = TestUsers.employee(DEMO_FACILITATOR, Role.FACILITATOR);
        var path = "/facilitation/circles/" + circleId + "/sessions/" + first + "/step";
        // The opening may stay empty on a first session.
        body(
                post(path)
                        .with(user(facilitator))
                        .with(csrf())
                        .param("version", "1")
                        .param("move", "next"),
                200);
        // An empty presentation does not move on; what was typed for it is kept.
        var refused = body(
                post(path)
                        .with(user(facilitator))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", "2")
                        .param("text", " ")
                        .param("move", "next"),
                422);
        assertThat(refused).contains(copy().fr("training.session.emptyStep")).doesNotContain("<html");
        assertThat(circles.session(circleId, first).orElseThrow().step()).isEqualTo(1);
        var moved = body(
                post(path)
                        .with(user(facilitator))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", "3")
                        .param("text", "Mon mentoré ne lit pas ses messages.")
                        .param("move", "next"),
                200);
        assertThat(moved).contains(copy().fr("training.step.CLARIFICATION"));
        assertThat(circles.session(circleId, first).orElseThrow().problem())
                .isEqualTo("Mon mentoré ne lit pas ses messages.");
        // A stale version is a conflict, not a silent overwrite.
        // Clarification records nothing and moves on to the contract.
        body(
                post(path)
                        .with(user(facilitator))
                        .with(csrf())
                        .param("version", "4")
                        .param("move", "next"),
                200);
        var conflict = body(
                post(path)
                        .with(user(facilitator))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", "0")
                        .param("text", "Ce que j’ai tapé")
                        .param("move", "next"),
                409);
        assertThat(conflict).contains(copy().fr("training.error.conflict")).contains("Ce que j’ai tapé");
        assertThat(circles.session(circleId, first).orElseThrow().step()).isEqualTo(3);
        assertThat(circles.session(circleId, first).orElseThrow().contract()).isNull();
    }

    // ---- help ---------------------------------------------------------------------------------------------------

    @Test
    void aMentorAsksForHelpAndSeesTheAnswer() throws Exception {
        var mentor = participant(DEMO_MENTOR);
        var empty = body(
                post("/me/help")
                        .with(user(mentor))
                        .with(csrf())
                        .param("programId", String.valueOf(running()))
                        .param("addressee", "FACILITATOR")
                        .param("message", ""),
                422);
        assertThat(empty).contains("message-error").contains("is-invalid");
        var other = body(
                post("/me/help")
                        .with(user(participant(freshMentor(0))))
                        .with(csrf())
                        .param("programId", "999999")
                        .param("addressee", "FACILITATOR")
                        .param("message", "Au secours"),
                422);
        assertThat(other).contains("programId-error").contains("Au secours");
        body(
                post("/me/help")
                        .with(user(mentor))
                        .with(csrf())
                        .param("programId", String.valueOf(running()))
                        .param("addressee", "FACILITATOR")
                        .param("message", "Mon mentoré annule toutes nos rencontres."),
                302);
        var facilitator = TestUsers.employee(DEMO_FACILITATOR, Role.FACILITATOR);
        assertThat(body(get("/facilitation/help").with(user(facilitator)), 200)).contains("Inès Benali");
        var request = training.facilitatorOverview(DEMO_FACILITATOR);
        assertThat(request.openHelpRequests()).isPositive();
        var id = body(get("/me/help").with(user(mentor)), 200);
        assertThat(id).contains(copy().fr("training.help.waiting"));
        var mine = circles.of(DEMO_MENTOR);
        assertThat(mine).isNotEmpty();
        var helpId = requestsOf(DEMO_MENTOR).get(0);
        body(
                post("/facilitation/help/" + helpId.id())
                        .with(user(facilitator))
                        .with(csrf())
                        .param("version", String.valueOf(helpId.version()))
                        .param("answer", "Parlons-en jeudi."),
                302);
        assertThat(body(get("/me/help").with(user(mentor)), 200)).contains("Parlons-en jeudi.");
        // Addressed to the facilitator: a sponsor never sees it, another participant neither.
        body(get("/facilitation/help/" + helpId.id()).with(user(TestUsers.withRoles(Role.SPONSOR))), 403);
    }

    @Autowired
    HelpRequests help;

    private List<HelpRequestView> requestsOf(String employeeNumber) {
        return help.of(employeeNumber);
    }

    @Test
    void theFacilitatorOverviewListsTheirCirclesWithCountsOnly() {
        var overview = training.facilitatorOverview(DEMO_FACILITATOR);
        assertThat(overview.circles()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Cercle Lumière");
            assertThat(c.sessionsHeld()).isEqualTo(2);
            assertThat(c.activeMembers()).isEqualTo(5);
        });
        assertThat(training.facilitatorOverview(someone()).circles()).isEmpty();
    }

    /** Someone of the company who is in none of the demo's circles nor programmes. */
    private static String someone() {
        return org.binome.support.TestPeople.person().build().employeeNumber();
    }
}
