package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's programme screens and the programme page, as people see them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ProgramPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Programs programs;

    private MockHttpServletRequestBuilder newProgramme() {
        return programmeForm("/admin/programmes", "Programme d’essai").param("format", "PAIRS");
    }

    private MockHttpServletRequestBuilder programmeForm(String path, String name) {
        return post(path)
                .with(user(TestUsers.withRoles(Role.ADMIN)))
                .with(csrf())
                .param("name", name)
                .param("sessionMinutes", "60")
                .param("frequencyDays", "30")
                .param("weightSkills", "50")
                .param("weightAvailability", "10")
                .param("weightLanguages", "10")
                .param("weightLocation", "10")
                .param("weightWishes", "20")
                .param("minScore", "30");
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        // Compare what a reader sees: entities such as &rsquo; read as the characters they stand for.
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    @Autowired
    MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Test
    void datesOutOfOrderAreRefusedNextToTheFieldWithTheEnteredValuesKept() throws Exception {
        var page = body(
                newProgramme().param("applicationsOpenDate", "2027-03-01").param("applicationsCloseDate", "2027-02-01"),
                422);
        assertThat(page).contains("is-invalid").contains("applicationsCloseDate-error");
        assertThat(page)
                .contains(copy().fr(
                                "programs.error.dateOrder",
                                new org.springframework.context.support.DefaultMessageSourceResolvable(
                                        "programs.phase.APPLICATIONS_OPEN")));
        assertThat(page).contains("value=\"2027-02-01\"").contains("value=\"Programme d’essai\"");
    }

    @Test
    void negativeCapacityAndAnInvertedGroupRangeAreRefused() throws Exception {
        var page = body(
                programmeForm("/admin/programmes", "Groupes")
                        .param("format", "GROUPS")
                        .param("mandatoryComponents", "LANGUAGES")
                        .param("minGroupSize", "6")
                        .param("maxGroupSize", "3")
                        .param("mentorCapacity", "-4")
                        .param("menteeCapacity", "douze"),
                422);
        assertThat(page).contains("mentorCapacity-error").contains(copy().frUpToArgument("programs.error.negative"));
        assertThat(page).contains("maxGroupSize-error").contains(copy().fr("programs.error.groupRange"));
        assertThat(page).contains("menteeCapacity-error").contains(copy().fr("typeMismatch.java.lang.Integer"));
        // What could be read comes back as typed; "douze" cannot be shown by an <input type="number"> anyway.
        assertThat(page).contains("value=\"-4\"").contains("value=\"6\"").contains("value=\"Groupes\"");
        // the radio buttons and check boxes too, labelled in French
        var form = org.jsoup.Jsoup.parse(page);
        assertThat(form.select("input[name=format][checked]").eachAttr("value")).containsExactly("GROUPS");
        var format = form.selectFirst("input[name=format][value=GROUPS]");
        assertThat(form.select("label[for=" + format.id() + "]").text()).isEqualTo(copy().fr("programs.format.GROUPS"));
        assertThat(form.select("input[type=checkbox][name=mandatoryComponents]"))
                .hasSize(MatchingComponent.values().length);
        assertThat(form.select("input[name=mandatoryComponents][checked]").eachAttr("value"))
                .containsExactly("LANGUAGES");
    }

    @Autowired
    org.binome.skills.Skills skills;

    @Test
    void theTargetSkillsComeBackTickedInAGridInTheReadersOrderAndAnUnknownOneMarksThem() throws Exception {
        var catalogue = skills.catalogue(java.util.Locale.FRENCH);
        var chosen = catalogue.get(catalogue.size() - 1).code();
        var page = body(newProgramme().param("targetSkills", chosen, "NO_SUCH_SKILL"), 422);
        var form = org.jsoup.Jsoup.parse(page);
        var boxes = form.select("input[type=checkbox][name=targetSkills]");
        // one box a skill of the catalogue, in its French order, each in a column of the grid with its own label
        assertThat(boxes.eachAttr("value"))
                .containsExactlyElementsOf(catalogue.stream()
                        .map(org.binome.skills.SkillView::code)
                        .toList());
        for (var box : boxes) {
            assertThat(box.closest(".row.row-cols-md-3 > .col")).isNotNull();
            assertThat(form.select("label[for=" + box.id() + "]")).hasSize(1);
        }
        var last = form.selectFirst("label[for=" + boxes.last().id() + "]");
        assertThat(last.text()).isEqualTo(catalogue.get(catalogue.size() - 1).name(java.util.Locale.FRENCH));
        // the known skill kept ticked; the unknown one refused next to the grid, every box marked for it
        assertThat(form.select("input[name=targetSkills][checked]").eachAttr("value"))
                .containsExactly(chosen);
        assertThat(boxes.eachAttr("aria-describedby")).containsOnly("targetSkills-error");
        assertThat(boxes).allMatch(box -> box.hasClass("is-invalid"));
        assertThat(form.select("#targetSkills-error").text())
                .isEqualTo(copy().fr("programs.error.unknownSkill", "NO_SUCH_SKILL"));
        assertThat(form.select("input[type=hidden][name=_targetSkills]")).hasSize(1);
    }

    @Test
    void aValidProgrammeIsCreatedAsADraftWithTheDefaultCharterInBothLanguages() throws Exception {
        var response = mvc.perform(
                        programmeForm("/admin/programmes", "Programme créé").param("format", "PAIRS"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        var id = Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""));
        var created = programs.find(id).orElseThrow();
        assertThat(created.status()).isEqualTo(ProgramStatus.DRAFT);
        var charter = programs.charter(id);
        assertThat(charter.number()).isEqualTo(1);
        assertThat(charter.textFr())
                .contains("Confidentialité", "Respect", "Écoute", "Humilité", "hiérarchique", "arrêter");
        assertThat(charter.textEn())
                .contains("Confidentiality", "Respect", "Listening", "Humility", "hierarchical", "stop");
    }

    @Test
    void anEditOnAStaleVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
        var id = TestProgrammes.programme("Conflit").createIn(programs).id();
        var stale = programs.find(id).orElseThrow().version();
        programs.publish(id);
        var page = body(
                programmeForm("/admin/programmes/" + id, "Mon nouveau nom")
                        .param("format", "PAIRS")
                        .param("version", String.valueOf(stale)),
                409);
        assertThat(page).contains(copy().fr("programs.error.conflict")).contains("value=\"Mon nouveau nom\"");
        assertThat(programs.find(id).orElseThrow().name()).isEqualTo("Conflit");
    }

    @Test
    void openingWithMissingKeysToSuccessNeedsAnExplicitConfirmation() throws Exception {
        var id = TestProgrammes.programme("Pas prêt").createIn(programs).id();
        var page = body(
                post("/admin/programmes/" + id + "/status")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("target", "OPEN"),
                422);
        assertThat(page)
                .contains(copy().fr("programs.readiness.SKILLS"))
                .contains(copy().fr("programs.readiness.SPONSOR"));
        assertThat(programs.find(id).orElseThrow().status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(programs.readiness(id).score()).isLessThan(100);

        mvc.perform(post("/admin/programmes/" + id + "/status")
                .with(user(TestUsers.withRoles(Role.ADMIN)))
                .with(csrf())
                .param("target", "OPEN")
                .param("confirmMissing", "true"));
        assertThat(programs.find(id).orElseThrow().status()).isEqualTo(ProgramStatus.OPEN);
    }

    @Test
    void readinessIsComputedFromTheProgrammeData() {
        var running = programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .findFirst()
                .orElseThrow();
        var readiness = programs.readiness(running.id());
        assertThat(readiness.score()).isEqualTo(100);
        assertThat(readiness.items()).hasSize(8);
        var draft = TestProgrammes.programme("Brouillon").createIn(programs);
        assertThat(programs.readiness(draft.id()).missing())
                .contains(LaunchReadiness.Key.SKILLS, LaunchReadiness.Key.SPONSOR, LaunchReadiness.Key.PAGE)
                .doesNotContain(LaunchReadiness.Key.VOLUNTEERING, LaunchReadiness.Key.CHARTER);
    }

    @Test
    void everyEmployeeReadsTheProgrammePageWithSponsorTimelineFaqAndApplyButton() throws Exception {
        var open = programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.OPEN && p.name().contains("IA générative"))
                .findFirst()
                .orElseThrow();
        var page =
                body(get("/programmes/" + open.id()).with(user(TestUsers.employee("ML00150", Role.PARTICIPANT))), 200);
        assertThat(page)
                .contains(open.name())
                .contains("Hélène Marchand")
                .contains(copy().fr("programs.page.sponsorWord"));
        assertThat(page)
                .contains(copy().fr("programs.page.faq"))
                .contains(copy().fr("programs.faq.default.1.q"))
                .contains(copy().fr("programs.faq.default.2.q"));
        assertThat(page)
                .contains(copy().fr("programs.phase.APPLICATIONS_CLOSE"))
                .contains("/programmes/" + open.id() + "/apply?role=MENTOR");
        var english = body(
                get("/programmes/" + open.id())
                        .param("lang", "en")
                        .with(user(TestUsers.employee("ML00150", Role.SPONSOR))),
                200);
        assertThat(english).contains("What if it does not work with my partner?");
    }

    @Test
    void aDraftIsHiddenFromEmployeesButAdministratorsMayPreviewIt() throws Exception {
        var id = TestProgrammes.programme("Secret").createIn(programs).id();
        body(get("/programmes/" + id).with(user(TestUsers.withRoles(Role.PARTICIPANT))), 404);
        assertThat(body(get("/programmes/" + id).with(user(TestUsers.withRoles(Role.ADMIN))), 200))
                .contains(copy().fr("programs.page.preview"));
    }

    @Test
    void scriptTypedInAProgrammeIsShownAsText() throws Exception {
        var id = TestProgrammes.programme("<script>alert(1)</script>")
                .createIn(programs)
                .id();
        var raw = mvc.perform(get("/admin/programmes/" + id).with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(raw).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
