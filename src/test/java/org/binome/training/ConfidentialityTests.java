package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.Programs;
import org.binome.support.Copy;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What is said in help requests and circles stays with its owners: the requester's own facilitator, the circle's
 * members at the time of each session and its facilitator.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ConfidentialityTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    static final String DEMO_MENTOR = TrainingTests.DEMO_MENTOR;
    static final String DEMO_FACILITATOR = TrainingTests.DEMO_FACILITATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    Programs programs;

    @Autowired
    Circles circles;

    @Autowired
    HelpRequests help;

    @Autowired
    org.binome.people.Directory directory;

    /** Someone of the directory who facilitates no circle and takes part in none. */
    private String someoneElse() {
        return TestPeople.person().registerIn(directory);
    }

    private long running() {
        return programs.findAll().stream()
                .filter(p -> p.name().startsWith("Mentorat inversé 2026"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
            throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    @Test
    void aHelpRequestToTheFacilitatorIsReadAndAnsweredByTheRequestersOwnFacilitatorOnly() throws Exception {
        long id = help.ask(DEMO_MENTOR, running(), HelpRequests.FACILITATOR, "Mon binôme me met mal à l’aise.");
        var own = TestUsers.employee(DEMO_FACILITATOR, Role.FACILITATOR);
        var otherFacilitator = TestUsers.employee(someoneElse(), Role.FACILITATOR);
        var administrator = TestUsers.employee(someoneElse(), Role.ADMIN, Role.PARTICIPANT);

        assertThat(page(get("/facilitation/help").with(user(own)), 200)).contains("/facilitation/help/" + id + "\"");
        assertThat(page(get("/facilitation/help/" + id).with(user(own)), 200))
                .contains("Mon binôme me met mal à l’aise.");
        for (var outsider : List.of(otherFacilitator, administrator)) {
            assertThat(page(get("/facilitation/help").with(user(outsider)), 200))
                    .doesNotContain("/facilitation/help/" + id + "\"");
            page(get("/facilitation/help/" + id).with(user(outsider)), 404);
            page(
                    post("/facilitation/help/" + id)
                            .with(user(outsider))
                            .with(csrf())
                            .param("version", "0")
                            .param("answer", "Je réponds à la place"),
                    404);
        }
        assertThat(help.find(id).orElseThrow().answered()).isFalse();
    }

    @Test
    void aHelpRequestToTheHrTeamIsForAdministratorsNotForFacilitators() throws Exception {
        long id = help.ask(DEMO_MENTOR, running(), HelpRequests.ADMIN, "Question pour les RH seulement.");
        var administrator = TestUsers.employee(someoneElse(), Role.ADMIN);
        var facilitator = TestUsers.employee(DEMO_FACILITATOR, Role.FACILITATOR);
        assertThat(page(get("/facilitation/help/" + id).with(user(administrator)), 200))
                .contains("Question pour les RH seulement.");
        page(get("/facilitation/help/" + id).with(user(facilitator)), 404);
        assertThat(page(get("/facilitation/help").with(user(facilitator)), 200))
                .doesNotContain("/facilitation/help/" + id + "\"");
        assertThat(page(get("/facilitation/help").with(user(administrator)), 200))
                .contains("/facilitation/help/" + id + "\"");
    }

    @Test
    void someoneWithoutAFacilitatorIsToldToAskTheHrTeam() throws Exception {
        var inNoCircle = programs.acceptedApplicants(running(), org.binome.programs.ParticipantRole.MENTOR).stream()
                .map(org.binome.programs.ApplicationView::employeeNumber)
                .filter(e -> help.facilitatorOf(e, running()).isEmpty())
                .findFirst()
                .orElseThrow();
        var body = page(
                post("/me/help")
                        .with(user(TestUsers.employee(inNoCircle, Role.PARTICIPANT)))
                        .with(csrf())
                        .param("programId", String.valueOf(running()))
                        .param("addressee", HelpRequests.FACILITATOR)
                        .param("message", "À qui parler ?"),
                422);
        assertThat(body).contains(copy().fr("training.help.noFacilitator")).contains("À qui parler ?");
        assertThat(help.of(inNoCircle)).isEmpty();
    }

    @Test
    void aMemberWhoLeftReadsTheSessionsHeldBeforeAndNoneAfter() throws Exception {
        // Mentors from the end of the list, so that other tests' "first mentors in no circle" stay the same.
        var free = circles.suggest(running()).stream()
                .flatMap(List::stream)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        var members = new java.util.ArrayList<String>();
        for (var mentor : free) {
            if (members.size() < 4 && members.stream().noneMatch(m -> circles.inOneReportingLine(m, mentor))) {
                members.add(mentor);
            }
        }
        long circleId = circles.form(running(), "Cercle départ", DEMO_FACILITATOR, members, 4, "Lyon");
        var leaver = members.get(1);
        circles.recordHeld(
                circleId,
                Instant.now().minus(Duration.ofDays(30)),
                "Lyon",
                new SessionRecord(null, "Problème d’avant le départ", "c", "s", "a", "l", members));
        circles.leave(circleId, leaver);
        circles.recordHeld(
                circleId,
                Instant.now().plus(Duration.ofDays(1)),
                "Lyon",
                new SessionRecord(null, "Problème d’après le départ", "c", "s", "a", "l", members));

        var leaverPage =
                page(get("/me/circles/" + circleId).with(user(TestUsers.employee(leaver, Role.PARTICIPANT))), 200);
        assertThat(leaverPage).contains("Problème d’avant le départ").doesNotContain("Problème d’après le départ");
        var stayerPage = page(
                get("/me/circles/" + circleId).with(user(TestUsers.employee(members.get(0), Role.PARTICIPANT))), 200);
        assertThat(stayerPage).contains("Problème d’avant le départ").contains("Problème d’après le départ");
    }

    @Test
    void anAdministratorsViewOfACircleDoesNotEvenCarryWhatWasSaid() throws Exception {
        var circle = circles.ofProgram(running()).stream()
                .filter(c -> c.name().equals("Cercle Lumière"))
                .findFirst()
                .orElseThrow();
        var result = mvc.perform(get("/facilitation/circles/" + circle.id())
                        .with(user(TestUsers.employee(someoneElse(), Role.ADMIN))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var sessions = (List<SessionView>) result.getModelAndView().getModel().get("sessions");
        assertThat(sessions).isNotEmpty().allSatisfy(s -> {
            assertThat(s.problem()).isNull();
            assertThat(s.contract()).isNull();
            assertThat(s.suggestions()).isNull();
            assertThat(s.actionPlan()).isNull();
            assertThat(s.learnings()).isNull();
            assertThat(s.followUp()).isNull();
            assertThat(s.client()).isNull();
            assertThat(s.attendees()).isNotEmpty();
        });
        assertThat(result.getResponse().getContentAsString()).doesNotContain("compte rendu");
    }
}
