package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.DemoCompanyLoaded;
import org.binome.support.Copy;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy pages over HTTP: notice for everyone, one's own data only, audited exports, versions and consents. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class PrivacyPagesTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    InformationNotices notices;

    @Autowired
    org.binome.programs.Programs programs;

    @Autowired
    org.binome.people.Directory directory;

    /** A programme of this test's own, open for applications for another month. */
    private long programmeOpenForApplications() {
        return org.binome.programs.TestProgrammes.programme()
                .on(
                        org.binome.programs.Phase.APPLICATIONS_CLOSE,
                        java.time.LocalDate.now().plusDays(30))
                .openIn(programs);
    }

    final org.binome.identity.BinomeUser ines =
            TestUsers.person("mentor", DemoCompanyLoaded.YOUNG_MENTOR, "fr", Role.PARTICIPANT);
    final org.binome.identity.BinomeUser bernard =
            TestUsers.person("mentore", DemoCompanyLoaded.SENIOR_MENTEE, "fr", Role.PARTICIPANT);
    final org.binome.identity.BinomeUser admin = TestUsers.person("admin", "ML00001", "fr", Role.ADMIN);

    @Test
    void theNoticeIsPublicLinkedFromTheSignInPageAndStatesTheEssentials() throws Exception {
        var notice = mvc.perform(get("/privacy/notice")).andReturn().getResponse();
        var login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(notice.getStatus()).isEqualTo(200);
        assertThat(notice.getContentAsString())
                .contains(
                        "intérêt légitime",
                        "consentement",
                        "CNIL",
                        "dpo@example.org",
                        "CSE",
                        "jamais utilisé pour surveiller",
                        "90 jours",
                        "365 jours");
        assertThat(login).contains("href=\"/privacy/notice\"");
        assertThat(mvc.perform(get("/privacy/notice?lang=en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("legitimate interest", "never used to monitor", "Audit log: 365 days.")
                .doesNotContain("Journal d’audit");
        // and French again after English: each language keeps its own retention paragraph
        assertThat(mvc.perform(get("/privacy/notice?lang=fr"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Journal d’audit : 365 jours.")
                .doesNotContain("Audit log");
    }

    @Test
    void aPersonDownloadsTheirOwnDataInOneClickAndTheExportIsAudited() throws Exception {
        var response = mvc.perform(get("/privacy/me/export.json").with(user(ines)))
                .andReturn()
                .getResponse();
        var html = mvc.perform(get("/privacy/me/export.html").with(user(ines)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "binome-data-ML00022.json");
        var json = response.getContentAsString();
        assertThat(json)
                .contains("\"employeeNumber\":\"ML00022\"", "\"my_notes\"", "Bernard apprend vite", "\"consents\"");
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentAsString()).contains(copy().fr("privacy.part.my_notes"), "Bernard apprend vite");
        assertThat(audit.about(DemoCompanyLoaded.YOUNG_MENTOR))
                .extracting(AuditLog.Entry::action)
                .contains("PERSONAL_DATA_EXPORTED");

        // Bernard's export never holds Inès's private note.
        var theirs = mvc.perform(get("/privacy/me/export.json").with(user(bernard)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(theirs).doesNotContain("Bernard apprend vite");
    }

    @Test
    void theExportAlsoComesAsAReadablePdfInThePersonsLanguage() throws Exception {
        var before = audit.about(DemoCompanyLoaded.YOUNG_MENTOR).size();
        var response = mvc.perform(get("/privacy/me/export.pdf").with(user(ines)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "binome-data-ML00022.pdf");
        var text = pdfText(response.getContentAsByteArray());
        assertThat(text)
                .contains(
                        "Données personnelles de ML00022",
                        "Mes notes",
                        "Bernard apprend vite",
                        "Consentements et journal d",
                        "PERSONAL_DATA_EXPORTED");
        assertThat(audit.about(DemoCompanyLoaded.YOUNG_MENTOR)).hasSizeGreaterThan(before);

        var english = pdfText(mvc.perform(get("/privacy/me/export.pdf?lang=en").with(user(ines)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(english).contains("Personal data of ML00022", "Consents and audit log");
        var theirs = pdfText(mvc.perform(get("/admin/privacy/people/{n}/export.pdf", DemoCompanyLoaded.SENIOR_MENTEE)
                        .with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(theirs).contains(DemoCompanyLoaded.SENIOR_MENTEE).doesNotContain("Bernard apprend vite");
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void anAdministratorProducesTheExportForAMailedRequestAndItIsAuditedUnderTheirName() throws Exception {
        var response = mvc.perform(get("/admin/privacy/people/{n}/export.json", DemoCompanyLoaded.SENIOR_MENTEE)
                        .with(user(admin)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(audit.search(
                        new AuditLog.Search(
                                "admin",
                                DemoCompanyLoaded.SENIOR_MENTEE,
                                "PERSONAL_DATA_EXPORTED_BY_ADMIN",
                                null,
                                null),
                        5))
                .isNotEmpty();
        assertThat(mvc.perform(get("/admin/privacy/people/{n}/export.json", DemoCompanyLoaded.SENIOR_MENTEE)
                                .with(user(ines)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theVersionAPersonReadIsKeptEvenIfANewOneIsPublishedMeanwhile() throws Exception {
        var number = TestPeople.person().registerIn(directory);
        var reader = TestUsers.person("p", number, "fr", Role.PARTICIPANT);
        var programme = programmeOpenForApplications();
        var shown = notices.current();
        var first = mvc.perform(get("/programmes/" + programme + "/apply").with(user(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).contains("name=\"noticeVersion\" value=\"" + shown.version() + "\"");

        notices.publish(shown.textFr() + "\n- Nouveau paragraphe", shown.textEn(), shown.version(), "admin");
        var response = mvc.perform(post("/privacy/notice/acknowledge")
                        .param("version", String.valueOf(shown.version()))
                        .with(user(reader))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(notices.acknowledgedVersion(number)).contains(shown.version());
        assertThat(notices.current().version()).isEqualTo(shown.version() + 1);
        assertThat(mvc.perform(get("/privacy/notice").param("version", String.valueOf(shown.version())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Nouveau paragraphe");
    }

    @Test
    void aNoticeThatCannotBePublishedComesBackAsTypedWithTheStatusOfItsRefusal() throws Exception {
        var shown = notices.current();
        var blank = mvc.perform(post("/admin/privacy/notice")
                        .with(user(admin))
                        .with(csrf())
                        .param("textFr", "Texte tapé")
                        .param("textEn", " ")
                        .param("basedOn", String.valueOf(shown.version())))
                .andReturn()
                .getResponse();
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString())
                .contains(copy().fr("privacy.notice.blank"))
                .contains("Texte tapé");
        var stale = mvc.perform(post("/admin/privacy/notice")
                        .with(user(admin))
                        .with(csrf())
                        .param("textFr", "Texte tapé")
                        .param("textEn", "Typed text")
                        .param("basedOn", String.valueOf(shown.version() - 1)))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString())
                .contains("data-problem=\"privacy.notice.changedMeanwhile\"")
                .contains("Typed text");
        assertThat(notices.current().version()).isEqualTo(shown.version());
    }

    @Test
    void anApplicationSentAfterANewNoticeWasPublishedKeepsTheVersionReadAndRecordsEachConsentWithVersionTimeAndChannel()
            throws Exception {
        var number = TestPeople.person().registerIn(directory);
        var applicant = TestUsers.employee(number, Role.PARTICIPANT);
        var programme = programmeOpenForApplications();
        var shown = notices.current();
        var form = mvc.perform(get("/programmes/" + programme + "/apply").with(user(applicant)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"noticeVersion\" value=\"" + shown.version() + "\"");
        // An administrator publishes a new notice while the form is being filled in.
        notices.publish(
                shown.textFr() + "\n- Paragraphe ajouté pendant la candidature",
                shown.textEn(),
                shown.version(),
                "admin");
        var charter = programs.charter(programme).number();

        var response = mvc.perform(post("/programmes/" + programme + "/apply")
                        .with(user(applicant))
                        .with(csrf())
                        .param("role", "MENTOR")
                        .param("motivation", "Partager ce que je sais des outils d'IA générative.")
                        .param("offered", "genai:3")
                        .param("wanted", "strategy:2")
                        .param("preferredDays", "TUESDAY")
                        .param("timeSlots", "MORNING")
                        .param("languages", "fr")
                        .param("meetingMode", "BOTH")
                        .param("site", "Paris")
                        .param("consent", "true")
                        .param("charterAccepted", "true")
                        .param("charterVersion", String.valueOf(charter))
                        .param("noticeVersion", String.valueOf(shown.version())))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        assertThat(notices.current().version()).isEqualTo(shown.version() + 1);
        var ledger = this.ledger.of(number);
        assertThat(ledger)
                .extracting(
                        ConsentLedger.Consent::purpose,
                        ConsentLedger.Consent::textVersion,
                        ConsentLedger.Consent::channel,
                        ConsentLedger.Consent::optional)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                ConsentLedger.Purpose.NOTICE,
                                String.valueOf(shown.version()),
                                "application-form",
                                false),
                        org.assertj.core.groups.Tuple.tuple(
                                ConsentLedger.Purpose.PROGRAMME_APPLICATION, "2026-11", "application-form", true),
                        org.assertj.core.groups.Tuple.tuple(
                                ConsentLedger.Purpose.CHARTER, String.valueOf(charter), "application-form", false));
        assertThat(ledger).allSatisfy(c -> assertThat(c.givenAt()).isNotNull());
        assertThat(notices.acknowledgedVersion(number)).contains(shown.version());

        // The person sees them, the optional one withdrawable, and where the other choices are made.
        var page = mvc.perform(get("/privacy/me").with(user(applicant)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("/privacy/me/consents/"
                        + ledger.stream()
                                .filter(c -> c.purpose() == ConsentLedger.Purpose.PROGRAMME_APPLICATION)
                                .findFirst()
                                .orElseThrow()
                                .id()
                        + "/withdraw")
                .contains("href=\"/me/notifications/preferences\"");
    }

    @Test
    void onlyOptionalConsentsCanBeWithdrawnAndOnlyByTheirOwner() throws Exception {
        var person = org.binome.support.TestPeople.person().build().employeeNumber();
        ledger.given(person, ConsentLedger.Purpose.CHARTER, "programme:999", "3", "application-form", false);
        ledger.given(
                person,
                ConsentLedger.Purpose.PROGRAMME_APPLICATION,
                "programme:999",
                "2026-1",
                "application-form",
                true);
        var consents = ledger.of(person);
        long charter = consents.stream()
                .filter(c -> !c.optional())
                .findFirst()
                .orElseThrow()
                .id();
        long optional = consents.stream()
                .filter(c -> c.optional())
                .findFirst()
                .orElseThrow()
                .id();
        var owner = TestUsers.person("owner", person, "fr", Role.PARTICIPANT);

        assertThat(withdraw(optional, ines)).isEqualTo(404);
        assertThat(withdraw(charter, owner)).isEqualTo(403);
        assertThat(withdraw(optional, owner)).isEqualTo(302);
        assertThat(withdraw(optional, owner)).isEqualTo(409);
        assertThat(ledger.of(person))
                .filteredOn(c -> c.id() == optional)
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawnAt()).isNotNull());
        var page = mvc.perform(get("/privacy/me").with(user(owner)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(copy().fr("privacy.consent.purpose.CHARTER"))
                .contains(copy().frUpToArgument("privacy.consents.withdrawnOn"));
    }

    @Test
    void openingAPersonsProfileIsAudited() throws Exception {
        mvc.perform(get("/admin/people/{n}", DemoCompanyLoaded.SENIOR_MENTEE).with(user(admin)));
        assertThat(audit.search(
                        new AuditLog.Search(
                                "admin", DemoCompanyLoaded.SENIOR_MENTEE, "PERSON_PROFILE_VIEWED", null, null),
                        5))
                .isNotEmpty();
        assertThat(audit.verify().intact()).isTrue();
    }

    private int withdraw(long id, org.binome.identity.BinomeUser who) throws Exception {
        return mvc.perform(post("/privacy/me/consents/{id}/withdraw", id)
                        .with(user(who))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
