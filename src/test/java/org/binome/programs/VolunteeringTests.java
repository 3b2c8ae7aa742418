package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.Directory;
import org.binome.shared.Paging;
import org.binome.shared.RuleViolation;
import org.binome.skills.Skills;
import org.binome.support.Copy;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Volunteering from the applicant's side and the reviewer's, with the bad input people really send.
 *
 * <p>Over 400 lines: the applicant's and the reviewer's sides of the same applications, with the bad input of each,
 * on one context; the form's wrong-typed values are in {@code WrongTypedValuesTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class VolunteeringTests {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    java.time.ZoneId zone;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Programs programs;

    @Autowired
    Directory directory;

    @Autowired
    Skills skills;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationRecords records;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long openProgramme(String name, LocalDate closes) {
        var id = TestProgrammes.programme(name)
                .on(Phase.APPLICATIONS_CLOSE, closes)
                .seniority(10, 15)
                .openIn(programs);
        return id;
    }

    /** A person of the directory three years into their career: a mentor for the programmes above. */
    private String young() {
        return TestPeople.person().careerStart(LocalDate.now().getYear() - 3).registerIn(directory);
    }

    /** A person thirty years into their career: beyond the mentors' cap of the programmes above. */
    private String senior() {
        return TestPeople.person().careerStart(LocalDate.now().getYear() - 30).registerIn(directory);
    }

    private MockHttpServletRequestBuilder apply(long id, String number, String role, String motivation) {
        return withoutConsent(id, number, role, motivation).param("consent", "true");
    }

    private MockHttpServletRequestBuilder withoutConsent(long id, String number, String role, String motivation) {
        return withoutConsent(id, number, role, motivation, "Paris");
    }

    private MockHttpServletRequestBuilder withoutConsent(
            long id, String number, String role, String motivation, String site) {
        return withoutConsent(id, number, role, motivation, site, "genai:3", "strategy:2");
    }

    private MockHttpServletRequestBuilder withoutConsent(
            long id, String number, String role, String motivation, String site, String offered, String wanted) {
        return post("/programmes/" + id + "/apply")
                .with(user(TestUsers.employee(number, Role.PARTICIPANT)))
                .with(csrf())
                .param("role", role)
                .param("motivation", motivation)
                .param("offered", offered)
                .param("wanted", wanted)
                .param("preferredDays", "TUESDAY")
                .param("timeSlots", "MORNING")
                .param("languages", "fr")
                .param("meetingMode", "BOTH")
                .param("site", site)
                .param("charterAccepted", "true")
                .param("charterVersion", String.valueOf(programs.charter(id).number()));
    }

    private String content(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    private org.jsoup.nodes.Document formInEnglish(long id, String number) throws Exception {
        var english = mvc.perform(get("/programmes/" + id + "/apply")
                        .with(user(TestUsers.employee(number, Role.PARTICIPANT)))
                        .cookie(new jakarta.servlet.http.Cookie("binome-lang", "en")))
                .andReturn()
                .getResponse();
        return org.jsoup.Jsoup.parse(english.getContentAsString());
    }

    @Test
    void anEmployeeAppliesWithConsentAndCharterRecordedAndTheirSkillsDeclared() throws Exception {
        var id = openProgramme("Candidater", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "J’ai envie de transmettre."), 302);
        var application = programs.applicationOf(id, number).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.consentVersion()).isEqualTo(Volunteering.CONSENT_VERSION);
        assertThat(application.consentedAt()).isNotNull();
        assertThat(application.charterVersion()).isEqualTo(1);
        assertThat(application.offeredSkills()).containsEntry("genai", 3);
        assertThat(skills.profileOf(number).offered()).containsEntry("genai", 3);
        assertThat(applications.findById(application.id()).orElseThrow().consentText)
                .isEqualTo(copy().frText("programs.consent.text"));
        // the form's plain read gives what the aggregate gives, field by field
        assertThat(application)
                .isEqualTo(applications.findById(application.id()).orElseThrow().view());
        assertThat(programs.isAcceptedParticipant(id, number, ParticipantRole.MENTOR))
                .isFalse();
    }

    @Test
    void applyingTwiceGetsAClearMessage() throws Exception {
        var id = openProgramme("Deux fois", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "Première fois"), 302);
        var page = content(apply(id, number, "MENTEE", "Deuxième fois"), 409);
        assertThat(page).contains(copy().fr("programs.apply.error.twice"));
        assertThat(programs.applicationOf(id, number).orElseThrow().role()).isEqualTo(ParticipantRole.MENTOR);
    }

    @Test
    void applyingAfterTheDeadlineGetsAClearMessage() throws Exception {
        var id = openProgramme("Trop tard", LocalDate.now().minusDays(1));
        var late = young();
        var page = content(apply(id, late, "MENTOR", "En retard"), 409);
        assertThat(page).contains(copy().frUpToArgument("programs.apply.error.deadline"));
        assertThat(programs.applicationOf(id, late)).isEmpty();
    }

    @Test
    void aSeniorCannotApplyAsMentorWhenTheProgrammeCapsMentorSeniority() throws Exception {
        var id = openProgramme("Éligibilité", LocalDate.now().plusDays(30));
        var senior = senior();
        var page = content(apply(id, senior, "MENTOR", "Je voudrais être mentor"), 422);
        assertThat(page).contains(copy().fr("programs.apply.error.mentorSeniority", 10, 30));
        assertThat(programs.applicationOf(id, senior)).isEmpty();
    }

    @Test
    void aProgrammeAlreadyAppliedToIsNoLongerOfferedOnTheHomePage() throws Exception {
        var id = openProgramme("Déjà candidat", LocalDate.now().plusDays(30));
        var number = young();
        assertThat(openOnHomePage(number)).contains(id);

        content(apply(id, number, "MENTOR", "Je me lance"), 302);

        assertThat(openOnHomePage(number)).doesNotContain(id);
    }

    @SuppressWarnings("unchecked")
    private List<Long> openOnHomePage(String number) throws Exception {
        var model = mvc.perform(get("/me").with(user(TestUsers.employee(number, Role.PARTICIPANT))))
                .andReturn()
                .getModelAndView()
                .getModel();
        return ((List<ProgramView>) model.get("openProgrammes"))
                .stream().map(ProgramView::id).toList();
    }

    @Test
    void withoutACareerStartTheHireDateCountsAsExperience() throws Exception {
        // An HR export often carries the hire date only: a senior hired in 1995 is a mentee, not a beginner.
        var today = LocalDate.now();
        directory.registerAll(List.of(
                new org.binome.people.NewPerson(
                        "HD00001",
                        "Odile",
                        "Embauche",
                        "odile.embauche@example.org",
                        "Finance",
                        "Lyon",
                        "Contrôleuse de gestion",
                        null,
                        today.minusYears(30),
                        null,
                        List.of("fr"),
                        today.getYear() - 55),
                new org.binome.people.NewPerson(
                        "HD00002",
                        "Léo",
                        "Embauche",
                        "leo.embauche@example.org",
                        "Finance",
                        "Lyon",
                        "Analyste",
                        null,
                        today.minusYears(2),
                        null,
                        List.of("fr"),
                        today.getYear() - 25)));
        var id = openProgramme("Ancienneté depuis l’embauche", today.plusDays(30));

        content(apply(id, "HD00001", "MENTEE", "J’ai trente ans de maison"), 302);
        assertThat(programs.applicationOf(id, "HD00001").orElseThrow().role()).isEqualTo(ParticipantRole.MENTEE);

        var page = content(apply(id, "HD00002", "MENTEE", "Je voudrais être mentoré"), 422);
        assertThat(page).contains(copy().fr("programs.apply.error.menteeSeniority", 15, 2));
        assertThat(programs.applicationOf(id, "HD00002")).isEmpty();
    }

    @Test
    void missingConsentIsShownNextToTheBoxAndNothingIsRecorded() throws Exception {
        var id = openProgramme("Consentement", LocalDate.now().plusDays(30));
        var number = young();
        var page = content(withoutConsent(id, number, "MENTOR", "Sans consentement"), 422);
        assertThat(page).contains(copy().fr("AssertTrue.applicationForm.consent"));
        assertThat(page).contains("Sans consentement");
        assertThat(programs.applicationOf(id, number)).isEmpty();
    }

    /**
     * The form asks once whether it has any error and its fields only then ask for their own: a refused application
     * still marks each wrong field and points it to its message, and a first visit marks none.
     */
    @Test
    void eachWrongFieldOfARefusedApplicationIsMarkedAndPointsToItsMessage() throws Exception {
        var id = openProgramme("Champs marqués", LocalDate.now().plusDays(30));
        var number = young();
        var refused = org.jsoup.Jsoup.parse(content(withoutConsent(id, number, "", "Sans rôle"), 422));
        var consent = refused.getElementById("consent1");
        assertThat(consent).isNotNull();
        assertThat(consent.hasClass("is-invalid")).isTrue();
        assertThat(refused.getElementById("consent-error").text())
                .isEqualTo(copy().fr("AssertTrue.applicationForm.consent"));
        var roles = refused.select("input[name=role]");
        assertThat(roles).isNotEmpty().allSatisfy(radio -> {
            assertThat(radio.hasClass("is-invalid")).isTrue();
            assertThat(radio.attr("aria-describedby")).isEqualTo("role-error");
        });
        assertThat(refused.getElementById("role-error")).isNotNull();
        assertThat(refused.select(".alert-danger").text()).contains(copy().fr("form.hasErrors"));
        assertThat(refused.select("input[name=charterAccepted]").hasClass("is-invalid"))
                .isFalse();
        assertThat(programs.applicationOf(id, number)).isEmpty();

        var first = org.jsoup.Jsoup.parse(content(
                get("/programmes/" + id + "/apply").with(user(TestUsers.employee(number, Role.PARTICIPANT))), 200));
        assertThat(first.select("form.apply-form")).hasSize(1);
        assertThat(first.select(".is-invalid, .invalid-feedback, [aria-describedby=role-error]"))
                .isEmpty();
    }

    /**
     * The text fields (written by bn:field) as a reader and a screen reader get them: each label names its control,
     * the control points to its help and, when refused, to its error, and what was typed comes back as typed, a
     * leading blank line and markup included.
     */
    @Test
    void theTextFieldsKeepWhatWasTypedAndPointToTheirHelpAndError() throws Exception {
        var id = openProgramme("Champs de texte", LocalDate.now().plusDays(30));
        var number = young();
        var blank = org.jsoup.Jsoup.parse(content(apply(id, number, "MENTOR", " "), 422));
        var motivation = blank.getElementById("motivation");
        assertThat(motivation.tagName()).isEqualTo("textarea");
        assertThat(motivation.attr("name")).isEqualTo("motivation");
        assertThat(blank.select("label[for=motivation]").text()).isEqualTo(copy().fr("programs.field.motivation"));
        assertThat(motivation.hasClass("is-invalid")).isTrue();
        assertThat(motivation.attr("aria-invalid")).isEqualTo("true");
        assertThat(motivation.attr("aria-describedby")).isEqualTo("motivation-help motivation-error");
        assertThat(blank.getElementById("motivation-help").text())
                .isEqualTo(copy().fr("programs.field.motivation.help"));
        assertThat(blank.getElementById("motivation-error").text()).isNotBlank();
        var wished = blank.getElementById("wishedPeople");
        assertThat(wished.attr("type")).isEqualTo("text");
        assertThat(wished.hasClass("is-invalid")).isFalse();
        assertThat(wished.hasAttr("aria-invalid")).isFalse();
        assertThat(wished.attr("aria-describedby")).isEqualTo("wishedPeople-help");
        assertThat(blank.getElementById("wishedPeople-error")).isNull();

        var typed = "\nPremière ligne <b>gras</b> & \"guillemets\"";
        var refused = org.jsoup.Jsoup.parse(content(withoutConsent(id, number, "MENTOR", typed), 422));
        // read as a browser reads it: the line break right after <textarea> dropped, so the page writes one more
        assertThat(refused.getElementById("motivation").wholeText()).isEqualTo(typed);
        assertThat(refused.getElementById("motivation").hasClass("is-invalid")).isFalse();
        assertThat(refused.getElementById("motivation").attr("aria-describedby"))
                .isEqualTo("motivation-help");
        assertThat(programs.applicationOf(id, number)).isEmpty();
    }

    /**
     * The skills table's selects (options built in Java, written by bn:options) show each level as the form holds it:
     * as typed after a refused application, as saved when the applicant comes back, in the reader's language.
     */
    @Test
    void theSkillsTableShowsEachLevelAsTypedThenAsSaved() throws Exception {
        var id = openProgramme("Niveaux gardés", LocalDate.now().plusDays(30));
        var number = young();
        var refused = org.jsoup.Jsoup.parse(content(withoutConsent(id, number, "MENTOR", "Sans consentement"), 422));
        assertThat(refused.select("#off-genai option[selected]").eachAttr("value"))
                .containsExactly("genai:3");
        assertThat(refused.select("#off-genai option[selected]").text())
                .isEqualTo(copy().fr("programs.level.offered.3"));
        assertThat(refused.select("#want-strategy option[selected]").eachAttr("value"))
                .containsExactly("strategy:2");
        // a skill left out: "none" chosen, and every select offers none then each level
        assertThat(refused.select("#off-strategy option[selected]").eachAttr("value"))
                .containsExactly("");
        assertThat(refused.select("#off-strategy option").eachAttr("value"))
                .containsExactly("", "strategy:1", "strategy:2", "strategy:3", "strategy:4");
        assertThat(refused.select("label[for=off-genai]").text()).contains("IA");

        content(apply(id, number, "MENTOR", "Avec consentement"), 302);
        var saved = formInEnglish(id, number);
        assertThat(saved.select("#want-strategy option[selected]").text())
                .isEqualTo(copy().en("programs.level.wanted.2"));
        assertThat(saved.select("#off-genai option[selected]").eachAttr("value"))
                .containsExactly("genai:3");
        assertThat(saved.select("#want-strategy option[value=strategy:1]").text())
                .as("in English")
                .isEqualTo(copy().en("programs.level.wanted.1"))
                .isNotEqualTo(copy().fr("programs.level.wanted.1"));
    }

    /**
     * The departments to seek and to avoid (built in Java, written by bn:options) are the directory's, in its order,
     * selected as typed when the application is refused, then as saved; each select keeps its label and the marker that
     * lets a person clear every department.
     */
    @Test
    void theDepartmentsShowAsChosenThenAsSaved() throws Exception {
        var id = openProgramme("Directions choisies", LocalDate.now().plusDays(30));
        var number = young();
        var departments = directory.departments();
        assertThat(departments).hasSizeGreaterThan(1);
        var wished = departments.get(0);
        var avoided = departments.get(departments.size() - 1);

        var refused = org.jsoup.Jsoup.parse(content(
                withoutConsent(id, number, "MENTOR", "Sans consentement")
                        .param("wishedDepartments", wished)
                        .param("avoidedDepartments", avoided),
                422));
        for (var field : List.of("wishedDepartments", "avoidedDepartments")) {
            assertThat(refused.select("select#" + field + "[name=" + field + "][multiple] option")
                            .eachAttr("value"))
                    .containsExactlyElementsOf(departments);
            assertThat(refused.select("label[for=" + field + "]")).hasSize(1);
            assertThat(refused.select("input[type=hidden][name=_" + field + "]"))
                    .hasSize(1);
        }
        assertThat(selected(refused, "wishedDepartments")).containsExactly(wished);
        assertThat(selected(refused, "avoidedDepartments")).containsExactly(avoided);

        content(
                apply(id, number, "MENTOR", "Avec consentement")
                        .param("wishedDepartments", wished)
                        .param("avoidedDepartments", avoided),
                302);
        var saved = formInEnglish(id, number);
        assertThat(selected(saved, "wishedDepartments")).containsExactly(wished);
        assertThat(selected(saved, "avoidedDepartments")).containsExactly(avoided);
    }

    /**
     * A department no longer in the directory (deactivated by an HR import while the form was open, or a forged
     * request), and a department both sought and avoided, are refused at their own select: marked, pointing to its
     * message, the message said in the reader's language; nothing is saved.
     */
    @Test
    void aRefusedDepartmentIsShownAtItsSelect() throws Exception {
        var id = openProgramme("Directions refusées", LocalDate.now().plusDays(30));
        var number = young();
        var known = directory.departments().get(0);

        var refused = org.jsoup.Jsoup.parse(content(
                apply(id, number, "MENTOR", "Direction inconnue")
                        .param("wishedDepartments", known, "Direction dissoute")
                        .param("avoidedDepartments", known),
                422));
        var wished = refused.selectFirst("select#wishedDepartments");
        assertThat(wished.hasClass("is-invalid")).isTrue();
        assertThat(wished.attr("aria-describedby")).isEqualTo("wishedDepartments-error");
        assertThat(refused.select("#wishedDepartments-error").text())
                .isEqualTo(copy().frText("programs.apply.error.unknownDepartment"));
        var avoided = refused.selectFirst("select#avoidedDepartments");
        assertThat(avoided.hasClass("is-invalid")).isTrue();
        assertThat(avoided.attr("aria-describedby")).isEqualTo("avoidedDepartments-error");
        assertThat(refused.select("#avoidedDepartments-error").text())
                .isEqualTo(copy().frText("programs.apply.error.departmentConflict"));
        assertThat(selected(refused, "wishedDepartments")).containsExactly(known);
        assertThat(applications.findByProgramIdOrderBySubmittedAtDesc(id)).isEmpty();

        var accepted = org.jsoup.Jsoup.parse(content(
                withoutConsent(id, number, "MENTOR", "Sans consentement").param("wishedDepartments", known), 422));
        assertThat(accepted.selectFirst("select#wishedDepartments").hasClass("is-invalid"))
                .isFalse();
        assertThat(accepted.selectFirst("select#wishedDepartments").hasAttr("aria-describedby"))
                .isFalse();
        assertThat(accepted.select("#wishedDepartments-error")).isEmpty();
    }

    private static List<String> selected(org.jsoup.nodes.Document page, String select) {
        return page.select("select[name=" + select + "] option[selected]").eachAttr("value");
    }

    /**
     * The form's boxes (built in Java, written by bn:choices) are ticked as the form holds them, each labelled in the
     * reader's language by its own label; a field left empty marks its boxes and points them to its message.
     */
    @Test
    void theBoxesShowEachChoiceAsTypedThenAsSaved() throws Exception {
        var id = openProgramme("Cases gardées", LocalDate.now().plusDays(30));
        var number = young();
        var refused = org.jsoup.Jsoup.parse(content(withoutConsent(id, number, "MENTOR", "Sans consentement"), 422));
        assertThat(refused.select("input[name=role][checked]").eachAttr("value"))
                .containsExactly("MENTOR");
        assertThat(refused.select("input[name=preferredDays]").eachAttr("value"))
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(refused.select("input[name=preferredDays][checked]").eachAttr("value"))
                .containsExactly("TUESDAY");
        assertThat(refused.select("input[name=timeSlots][checked]").eachAttr("value"))
                .containsExactly("MORNING");
        assertThat(refused.select("input[name=languages][checked]").eachAttr("value"))
                .containsExactly("fr");
        assertThat(refused.select("input[name=meetingMode][checked]").eachAttr("value"))
                .containsExactly("BOTH");
        assertThat(refused.select("input[type=hidden][name=_preferredDays]")).hasSize(1);
        var boxes = refused.select("input.form-check-input");
        assertThat(boxes.eachAttr("id")).doesNotHaveDuplicates().doesNotContain("");
        assertThat(boxes)
                .allSatisfy(box -> assertThat(refused.select("label[for=" + box.id() + "]"))
                        .as("label of " + box.id())
                        .hasSize(1));
        var tuesday = refused.select("input[name=preferredDays][value=TUESDAY]").first();
        assertThat(refused.select("label[for=" + tuesday.id() + "]").text())
                .isEqualTo(copy().fr("programs.day.TUESDAY"));
        assertThat(refused.select("input[name=preferredDays]"))
                .allSatisfy(box -> assertThat(box.attr("aria-describedby")).isEmpty());
        // languages in the alphabetical order of their names in the reader's language
        var languageNames = refused.select("input[name=languages]").stream()
                .map(box -> refused.select("label[for=" + box.id() + "]").text())
                .toList();
        assertThat(languageNames)
                .hasSize(ApplicationForm.LANGUAGES.size())
                .contains(copy().fr("programs.language.de"))
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.FRENCH)::compare);

        var noDay = org.jsoup.Jsoup.parse(content(
                post("/programmes/" + id + "/apply")
                        .with(user(TestUsers.employee(number, Role.PARTICIPANT)))
                        .with(csrf())
                        .param("role", "MENTOR")
                        .param("motivation", "Sans jour")
                        .param("_preferredDays", "on")
                        .param("languages", "fr")
                        .param("meetingMode", "BOTH")
                        .param("consent", "true")
                        .param("charterAccepted", "true")
                        .param(
                                "charterVersion",
                                String.valueOf(programs.charter(id).number())),
                422));
        assertThat(noDay.select("input[name=preferredDays]")).hasSize(5).allSatisfy(box -> {
            assertThat(box.hasClass("is-invalid")).isTrue();
            assertThat(box.attr("aria-describedby")).isEqualTo("preferredDays-error");
        });
        assertThat(noDay.getElementById("preferredDays-error")).isNotNull();
        assertThat(noDay.select("input[name=timeSlots]")).noneMatch(box -> box.hasClass("is-invalid"));

        content(apply(id, number, "MENTOR", "Avec consentement"), 302);
        var saved = formInEnglish(id, number);
        var savedDay = saved.select("input[name=preferredDays][checked]");
        assertThat(savedDay.eachAttr("value")).containsExactly("TUESDAY");
        assertThat(saved.select("label[for=" + savedDay.first().id() + "]").text())
                .isEqualTo(copy().en("programs.day.TUESDAY"));
        assertThat(saved.select("input[name=timeSlots][checked]").eachAttr("value"))
                .containsExactly("MORNING");
    }

    @Test
    void scriptInAMotivationIsShownAsTextToReviewers() throws Exception {
        var id = openProgramme("Script", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "<script>alert('x')</script><b>gras</b>"), 302);
        var application = programs.applicationOf(id, number).orElseThrow();
        var raw = mvc.perform(get("/admin/programmes/" + id + "/applications/" + application.id())
                        .with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(raw)
                .doesNotContain("<script>alert")
                .doesNotContain("<b>gras</b>")
                .contains("&lt;script&gt;");
    }

    @Test
    void anApplicantEditingAfterAReviewGetsAConflictAndKeepsWhatTheyTyped() throws Exception {
        var id = openProgramme("Concurrence", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "Version initiale"), 302);
        var read = programs.applicationOf(id, number).orElseThrow();
        // The administrator decides while the applicant still has the edit form open.
        content(
                post("/admin/programmes/" + id + "/applications/" + read.id() + "/decision")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("version", String.valueOf(read.version()))
                        .param("decision", "WAITLISTED")
                        .param("message", "Liste d’attente pour l’instant"),
                302);
        var page = content(
                apply(id, number, "MENTOR", "Ma motivation retravaillée")
                        .param("version", String.valueOf(read.version())),
                409);
        assertThat(page).contains(copy().fr("programs.apply.error.conflict")).contains("Ma motivation retravaillée");
        var now = programs.applicationOf(id, number).orElseThrow();
        assertThat(now.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(now.motivation()).isEqualTo("Version initiale");
    }

    @Test
    void aReviewOnAStaleVersionIsAConflictAndTheApplicantsEditIsKept() throws Exception {
        var id = openProgramme("Relecture", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "Avant"), 302);
        var seenByAdmin = programs.applicationOf(id, number).orElseThrow();
        content(apply(id, number, "MENTOR", "Après").param("version", String.valueOf(seenByAdmin.version())), 302);
        var page = content(
                post("/admin/programmes/" + id + "/applications/" + seenByAdmin.id() + "/decision")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("version", String.valueOf(seenByAdmin.version()))
                        .param("decision", "ACCEPTED")
                        .param("message", "Mon message"),
                409);
        assertThat(page)
                .contains(copy().fr("programs.review.error.conflict", number))
                .contains("Mon message");
        var now = programs.applicationOf(id, number).orElseThrow();
        assertThat(now.motivation()).isEqualTo("Après");
        assertThat(now.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    /** Once reviewed, the form gives way to the answers as sent: the applicant still reads the skills they declared. */
    @Test
    void anAcceptedApplicantReadsTheSkillsTheyDeclared() throws Exception {
        var id = openProgramme("Réponses relues", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "Je participe"), 302);
        var application = programs.applicationOf(id, number).orElseThrow();
        programs.review(id, List.of(application.id()), ApplicationStatus.ACCEPTED, null, "admin");
        var page = org.jsoup.Jsoup.parse(content(
                get("/programmes/" + id + "/apply").with(user(TestUsers.employee(number, Role.PARTICIPANT))), 200));
        var names = new java.util.HashMap<String, String>();
        skills.catalogue().forEach(s -> names.put(s.code(), s.name(java.util.Locale.FRENCH)));
        assertThat(page.select(".skill-chip").eachText())
                .containsExactlyInAnyOrder(names.get("genai") + " · 3", names.get("strategy") + " · 2");
        assertThat(page.select("#off-genai")).as("no form any more").isEmpty();
    }

    @Test
    void withdrawingIsPossibleEvenAfterAcceptance() throws Exception {
        var id = openProgramme("Retrait", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "Je participe"), 302);
        var application = programs.applicationOf(id, number).orElseThrow();
        programs.review(id, List.of(application.id()), ApplicationStatus.ACCEPTED, null, "admin");
        content(
                post("/programmes/" + id + "/apply/withdraw")
                        .with(user(TestUsers.employee(number, Role.PARTICIPANT)))
                        .with(csrf()),
                302);
        assertThat(programs.applicationOf(id, number).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(programs.acceptedApplicants(id, ParticipantRole.MENTOR)).isEmpty();
    }

    @Test
    void nobodyBecomesAParticipantWithoutTheirOwnApplication() throws Exception {
        var id = openProgramme("Volontariat", LocalDate.now().plusDays(30));
        var applicant = young();
        var someoneElse = young();
        // A forged field naming someone else is ignored: the applicant is always the signed-in person.
        content(apply(id, applicant, "MENTOR", "Moi").param("employeeNumber", someoneElse), 302);
        assertThat(programs.applicationOf(id, applicant)).isPresent();
        assertThat(programs.applicationOf(id, someoneElse)).isEmpty();
        long before = applications.count();
        // No admin route creates an application.
        var adminPost = mvc.perform(post("/admin/programmes/" + id + "/applications")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("employeeNumber", someoneElse)
                        .param("role", "MENTOR"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(adminPost).isEqualTo(405);
        // A bulk decision naming an application that does not exist creates nothing and accepts nobody.
        var bulk = mvc.perform(post("/admin/programmes/" + id + "/applications/decision")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf())
                        .param("selected", "999999:0")
                        .param("decision", "ACCEPTED"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(bulk).isEqualTo(404);
        assertThat(applications.count()).isEqualTo(before);
        assertThat(programs.acceptedApplicants(id, ParticipantRole.MENTOR)).isEmpty();
        // The facade refuses an application without the person's own consent and charter acceptance.
        var noConsent = new ApplicationCommand(
                ParticipantRole.MENTOR,
                "x",
                java.util.Map.of("genai", 2),
                java.util.Map.of(),
                List.of(),
                List.of(),
                List.of("fr"),
                MeetingMode.BOTH,
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                false,
                1);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> programs.apply(id, someoneElse, noConsent, Locale.FRENCH))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("programs.apply.error.consent"));
        assertThat(programs.applicationOf(id, someoneElse)).isEmpty();
        // The facade offers no operation that creates an application except apply(), and that one only to the
        // module's own pages: no other module can apply on someone's behalf.
        assertThat(java.util.Arrays.stream(Programs.class.getDeclaredMethods())
                        .filter(m -> !java.lang.reflect.Modifier.isPrivate(m.getModifiers()))
                        .filter(m -> m.getReturnType() == ApplicationView.class))
                .extracting(java.lang.reflect.Method::getName)
                .containsExactly("apply");
        assertThat(java.util.Arrays.stream(Programs.class.getDeclaredMethods())
                        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                        .filter(m -> m.getReturnType() == ApplicationView.class))
                .isEmpty();
    }

    /**
     * Matching reads the accepted applications of the people it names with plain SQL: the same views as the
     * repository's aggregates give, every field, for every programme, and nothing for people without one.
     */
    @Test
    void acceptedApplicationsOfPeopleAreTheAggregatesViews() {
        int compared = 0;
        for (var programme : programs.findAll()) {
            var numbers = new java.util.ArrayList<String>();
            applications
                    .findByProgramIdOrderBySubmittedAtDesc(programme.id())
                    .forEach(a -> numbers.add(a.employeeNumber));
            numbers.add("nobody");
            var expected = applications
                    .findByProgramIdAndStatusAndEmployeeNumberIn(programme.id(), ApplicationStatus.ACCEPTED, numbers)
                    .stream()
                    .map(Application::view)
                    .toList();
            assertThat(programs.acceptedApplicationsOf(programme.id(), numbers))
                    .containsExactlyInAnyOrderElementsOf(expected);
            compared += expected.size();
        }
        assertThat(compared).as("accepted applications compared").isPositive();
    }

    @Test
    void bulkAcceptanceRespectsCapacityAndCountsShowPerRole() throws Exception {
        var running = programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .findFirst()
                .orElseThrow();
        assertThat(programs.acceptedApplicants(running.id(), ParticipantRole.MENTOR))
                .hasSize(20);
        assertThat(programs.acceptedApplicants(running.id(), ParticipantRole.MENTEE))
                .hasSize(20);
        assertThat(programs.isAcceptedParticipant(running.id(), "ML00022", ParticipantRole.MENTOR))
                .isTrue();
        assertThat(programs.isAcceptedParticipant(running.id(), "ML00008", ParticipantRole.MENTEE))
                .isTrue();
        var page = content(
                get("/admin/programmes/" + running.id() + "/applications")
                        .param("role", "MENTOR")
                        .with(user(TestUsers.withRoles(Role.ADMIN))),
                200);
        assertThat(page).contains("20 / 25").contains("20 candidature(s)");
    }

    /**
     * The reviewers' list names each applicant from the directory (read for all of them at once), and its department
     * and site filters use the directory's values when the application gives no site.
     */
    @Test
    void theReviewersListNamesEachApplicantFromTheDirectoryAndFiltersOnIt() throws Exception {
        var id = openProgramme("Liste des candidats", LocalDate.now().plusDays(30));
        var year = LocalDate.now().getYear() - 3;
        var lyon = TestPeople.person()
                .named("Apolline", "Rivière")
                .department("Achats")
                .site("Lyon")
                .careerStart(year)
                .registerIn(directory);
        var lille = TestPeople.person()
                .named("Baptiste", "Fontaine")
                .department("Juridique")
                .site("Lille")
                .careerStart(year)
                .registerIn(directory);
        content(withoutConsent(id, lyon, "MENTOR", "Depuis Lyon", "").param("consent", "true"), 302);
        content(withoutConsent(id, lille, "MENTOR", "Depuis Lille", "").param("consent", "true"), 302);
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var all = content(get("/admin/programmes/" + id + "/applications").with(admin), 200);
        assertThat(all).contains("Apolline Rivière", "Achats", "Baptiste Fontaine", "Juridique");
        var purchasing = content(
                get("/admin/programmes/" + id + "/applications")
                        .param("department", "Achats")
                        .with(admin),
                200);
        assertThat(purchasing).contains("Apolline Rivière").doesNotContain("Baptiste Fontaine");
        var inLille = org.jsoup.Jsoup.parse(content(
                get("/admin/programmes/" + id + "/applications")
                        .param("site", "Lille")
                        .with(admin),
                200));
        assertThat(inLille.text()).contains("Baptiste Fontaine").doesNotContain("Apolline Rivière");
        // the site shown is the one filtered on: the directory's, as the application gave none
        assertThat(inLille.select("#results tbody td:nth-child(5)").text()).isEqualTo("Lille");
    }

    /**
     * Each row of the reviewers' list in the reader's language: the role, the status's badge, when the application was
     * submitted; its box selects the application at the version read, and a withdrawn application's box is disabled.
     */
    @Test
    void theReviewersListRowsAreWrittenInTheReadersLanguage() throws Exception {
        var id = openProgramme("Lignes traduites", LocalDate.now().plusDays(30));
        var year = LocalDate.now().getYear() - 3;
        var staying = TestPeople.person()
                .named("Gaëlle", "Perrin")
                .department("Finance")
                .careerStart(year)
                .registerIn(directory);
        var leaving = TestPeople.person()
                .named("Hugo", "Marchand")
                .careerStart(year - 30)
                .registerIn(directory);
        content(apply(id, staying, "MENTOR", "Je transmets"), 302);
        content(apply(id, leaving, "MENTEE", "J'apprends"), 302);
        content(
                post("/programmes/" + id + "/apply/withdraw")
                        .with(user(TestUsers.employee(leaving, Role.PARTICIPANT)))
                        .with(csrf()),
                302);
        var application = applications.findByProgramIdOrderBySubmittedAtDesc(id).stream()
                .filter(a -> a.employeeNumber.equals(staying))
                .findFirst()
                .orElseThrow();
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        for (var english : List.of(false, true)) {
            var request = get("/admin/programmes/" + id + "/applications").with(admin);
            if (english) {
                request.cookie(new jakarta.servlet.http.Cookie("binome-lang", "en"));
            }
            var rows = org.jsoup.Jsoup.parse(content(request, 200)).select("#results tbody tr");
            java.util.function.Function<String, String> text = key -> english ? copy().en(key) : copy().fr(key);
            var row = rows.stream()
                    .filter(r -> r.text().contains("Gaëlle Perrin"))
                    .findFirst()
                    .orElseThrow();
            var cells = row.select("td");
            var box = row.selectFirst("input[name=selected]");
            assertThat(box.attr("value")).isEqualTo(application.id + ":" + application.version);
            assertThat(box.hasAttr("disabled")).isFalse();
            assertThat(row.selectFirst("label[for=" + box.id() + "]")).isNotNull();
            assertThat(cells.get(2).text()).isEqualTo(text.apply("programs.role.MENTOR"));
            assertThat(cells.get(3).text()).isEqualTo("Finance");
            assertThat(cells.get(5).selectFirst("span").classNames()).contains("app-status", "app-submitted");
            assertThat(cells.get(5).text()).isEqualTo(text.apply("programs.application.status.SUBMITTED"));
            assertThat(cells.get(6).text())
                    .isEqualTo(java.time.format.DateTimeFormatter.ofPattern(
                                    english ? "d MMM yyyy, HH:mm" : "dd/MM/yyyy HH:mm",
                                    english ? Locale.ENGLISH : Locale.FRENCH)
                            .withZone(zone)
                            .format(application.submittedAt));
            var withdrawn = rows.stream()
                    .filter(r -> r.text().contains("Hugo Marchand"))
                    .findFirst()
                    .orElseThrow();
            assertThat(withdrawn.selectFirst("input[name=selected]").hasAttr("disabled"))
                    .isTrue();
            assertThat(withdrawn.select("td").get(5).text())
                    .isEqualTo(text.apply("programs.application.status.WITHDRAWN"));
        }
    }

    /** The skill filter keeps the applicants who offer or want that skill, and only them. */
    @Test
    void theReviewersListFiltersOnASkillOfferedOrWanted() throws Exception {
        var id = openProgramme("Compétences filtrées", LocalDate.now().plusDays(30));
        var year = LocalDate.now().getYear() - 3;
        var ai =
                TestPeople.person().named("Capucine", "Morel").careerStart(year).registerIn(directory);
        var networks =
                TestPeople.person().named("Damien", "Roussel").careerStart(year).registerIn(directory);
        content(apply(id, ai, "MENTOR", "IA"), 302);
        content(
                withoutConsent(id, networks, "MENTOR", "Réseaux", "Paris", "linkedin:2", "network:1")
                        .param("consent", "true"),
                302);
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        for (var filter : List.of(
                List.of("genai", "Capucine Morel", "Damien Roussel"),
                List.of("strategy", "Capucine Morel", "Damien Roussel"),
                List.of("linkedin", "Damien Roussel", "Capucine Morel"),
                List.of("network", "Damien Roussel", "Capucine Morel"))) {
            var results = org.jsoup.Jsoup.parse(content(
                            get("/admin/programmes/" + id + "/applications")
                                    .param("skill", filter.get(0))
                                    .with(admin),
                            200))
                    .select("#results tbody")
                    .text();
            assertThat(results).as(filter.get(0)).contains(filter.get(1)).doesNotContain(filter.get(2));
        }
        var nobody = org.jsoup.Jsoup.parse(content(
                get("/admin/programmes/" + id + "/applications")
                        .param("skill", "video")
                        .with(admin),
                200));
        assertThat(nobody.select("input[name=selected]")).isEmpty();
    }

    /**
     * The reviewers' list reads a page of its rows' columns from the database: each row says what the application
     * itself says, newest first.
     */
    @Test
    void theReviewersListRowsAreTheApplicationsAsSaved() throws Exception {
        var id = openProgramme("Lignes lues", LocalDate.now().plusDays(30));
        var year = LocalDate.now().getYear() - 3;
        for (var site : List.of("Nantes", "Rennes", "Brest")) {
            var number = TestPeople.person().careerStart(year).registerIn(directory);
            content(withoutConsent(id, number, "MENTOR", "Depuis " + site, site).param("consent", "true"), 302);
        }
        var expected = applications.findByProgramIdOrderBySubmittedAtDesc(id).stream()
                .map(a -> new ListedApplication(
                        a.id, a.employeeNumber, a.role, a.status, a.site, a.submittedAt, a.version))
                .toList();
        assertThat(expected).hasSize(3);
        var any = new ApplicationRecords.ListFilter(null, null, null, null, null, null);
        var listed = records.listed(id, any, new Paging(0, 10));
        assertThat(listed.total()).isEqualTo(3);
        assertThat(listed.rows()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(listed.rows())
                .extracting(ListedApplication::submittedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var second = records.listed(id, any, new Paging(1, 2));
        assertThat(second.paging().page()).isEqualTo(1);
        assertThat(second.rows()).containsExactly(listed.rows().get(2));
    }

    /**
     * The filters the database applies: a site the application gives wins over its applicant's in the directory, a
     * skill is a whole code (another code it begins is not it), and the characters a pattern would read as wildcards
     * are only themselves.
     */
    @Test
    void theReviewersListFiltersOnWholeValuesOnly() throws Exception {
        var id = openProgramme("Filtres exacts", LocalDate.now().plusDays(30));
        var year = LocalDate.now().getYear() - 3;
        var movedAway = TestPeople.person()
                .named("Eugénie", "Carpentier")
                .department("Qualité")
                .site("Lyon")
                .careerStart(year)
                .registerIn(directory);
        var stayed = TestPeople.person()
                .named("Fabrice", "Lemaire")
                .department("Qualité")
                .site("Lyon")
                .careerStart(year)
                .registerIn(directory);
        content(
                withoutConsent(id, movedAway, "MENTOR", "Depuis Paris", "Paris", "linkedin:2", "network:1")
                        .param("consent", "true"),
                302);
        content(withoutConsent(id, stayed, "MENTOR", "Depuis Lyon", "").param("consent", "true"), 302);
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        java.util.function.BiFunction<String, String, String> shown = (name, value) -> {
            try {
                return org.jsoup.Jsoup.parse(content(
                                get("/admin/programmes/" + id + "/applications")
                                        .param(name, value)
                                        .with(admin),
                                200))
                        .select("#results tbody")
                        .text();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(shown.apply("site", "Lyon")).contains("Fabrice Lemaire").doesNotContain("Eugénie Carpentier");
        assertThat(shown.apply("site", "Paris")).contains("Eugénie Carpentier").doesNotContain("Fabrice Lemaire");
        assertThat(shown.apply("department", "Qualité")).contains("Eugénie Carpentier", "Fabrice Lemaire");
        assertThat(shown.apply("skill", "linkedin"))
                .contains("Eugénie Carpentier")
                .doesNotContain("Fabrice Lemaire");
        assertThat(shown.apply("skill", "linked")).doesNotContain("Eugénie Carpentier");
        assertThat(shown.apply("skill", "%")).doesNotContain("Eugénie Carpentier", "Fabrice Lemaire");
        assertThat(shown.apply("skill", "_inkedin")).doesNotContain("Eugénie Carpentier");
        // the sites offered: those the applications give and the directory's
        var form = org.jsoup.Jsoup.parse(
                content(get("/admin/programmes/" + id + "/applications").with(admin), 200));
        assertThat(form.select("#f-site option").eachAttr("value")).contains("Paris", "Lyon");
    }

    /** A large programme's list comes twenty-five applications at a time, its filters kept from page to page. */
    @Test
    void theReviewersListComesAPageAtATimeWithItsFiltersKept() throws Exception {
        var id = openProgramme("Grand programme", LocalDate.now().plusDays(30));
        int applicants = Paging.DEFAULT_SIZE + 1;
        for (int i = 0; i < applicants; i++) {
            var number = TestPeople.person()
                    .department("Logistique")
                    .careerStart(LocalDate.now().getYear() - 3)
                    .registerIn(directory);
            content(apply(id, number, "MENTOR", "Candidat " + i), 302);
        }
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var first = org.jsoup.Jsoup.parse(content(
                get("/admin/programmes/" + id + "/applications")
                        .param("department", "Logistique")
                        .with(admin),
                200));
        assertThat(first.select("input[name=selected]")).hasSize(Paging.DEFAULT_SIZE);
        assertThat(first.text()).contains(applicants + " candidature(s)").contains("Page 1 sur 2");
        var next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("department=Logistique").contains("page=1");
        var second = org.jsoup.Jsoup.parse(content(get(next).with(admin), 200));
        assertThat(second.select("input[name=selected]")).hasSize(1);
        assertThat(second.text()).contains(applicants + " candidature(s)").contains("Page 2 sur 2");
        var beyond = org.jsoup.Jsoup.parse(content(
                get("/admin/programmes/" + id + "/applications")
                        .param("page", "7")
                        .with(admin),
                200));
        assertThat(beyond.text()).contains("Page 2 sur 2");
        // a refused decision (nothing selected) shows the list again: its links go to the list's pages, never carry
        // the decision form's fields
        var refused = org.jsoup.Jsoup.parse(content(
                post("/admin/programmes/" + id + "/applications/decision")
                        .param("decision", "ACCEPTED")
                        .with(admin)
                        .with(csrf()),
                422));
        assertThat(refused.select("a[rel=next]").attr("href"))
                .isEqualTo("/admin/programmes/" + id + "/applications?page=1");
    }

    /** The counts table writes every figure as the capacity cell does: a thousand applications read "1 000". */
    @Test
    void theCountsTableWritesLargeFiguresInTheReadersLanguage() throws Exception {
        var id = openProgramme("Mille candidats", LocalDate.now().plusDays(30));
        var number = young();
        content(apply(id, number, "MENTOR", "Le premier"), 302);
        long first = programs.applicationOf(id, number).orElseThrow().id();
        // 999 more submitted mentors, copied from the first in one batch (the web form would take minutes)
        var copy = "insert into program_application (program_id, employee_number, role, status, meeting_mode,"
                + " consent_version, consent_text, consented_at, charter_version, charter_accepted_at, submitted_at,"
                + " updated_at) select program_id, ?, role, status, meeting_mode, consent_version, consent_text,"
                + " consented_at, charter_version, charter_accepted_at, submitted_at, updated_at"
                + " from program_application where id = ?";
        jdbc.batchUpdate(
                copy,
                java.util.stream.IntStream.range(0, 999)
                        .mapToObj(i -> new Object[] {"MILLE" + i, first})
                        .toList());
        var page = content(
                get("/admin/programmes/" + id + "/applications").with(user(TestUsers.withRoles(Role.ADMIN))), 200);
        var thousand = java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRENCH)
                .format(1000);
        assertThat(thousand).isNotEqualTo("1000");
        assertThat(page).contains(">" + thousand + "</td>").doesNotContain(">1000</td>");
    }

    @Test
    void myApplicationsListsWhatIAppliedTo() throws Exception {
        var page = content(get("/me/applications").with(user(TestUsers.employee("ML00022", Role.PARTICIPANT))), 200);
        assertThat(page).contains("Mentorat inversé 2026").contains(copy().fr("programs.application.status.ACCEPTED"));
        assertThat(programs.applicationsOf("ML00022"))
                .extracting(ApplicationSummary::status)
                .contains(ApplicationStatus.ACCEPTED);
    }
}
