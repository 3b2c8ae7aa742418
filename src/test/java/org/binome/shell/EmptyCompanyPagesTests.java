package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A company on its first day, before any import or programme (no demo data, a database of its own): its administrator
 * and a sponsor named before the first programme find every page of theirs answering, in French and in English, and
 * the pages that show programmes' figures say why they have none instead of an empty frame.
 */
@SpringBootTest(properties = {"BINOME_ADMIN_PASSWORD=installer-chosen-secret", "binome.test.context=empty-company"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
class EmptyCompanyPagesTests {

    private static final BinomeUser ADMIN = TestUsers.person("admin", null, "fr", Role.ADMIN);
    private static final BinomeUser SPONSOR = TestUsers.person("sponsor", "E0001", "fr", Role.SPONSOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    private String page(String path, BinomeUser who, String language) throws Exception {
        var response = mvc.perform(get(path).with(user(who)).cookie(new Cookie("binome-lang", language)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path + " (" + language + ")").isEqualTo(200);
        var body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        // A message key Thymeleaf could not find shows as ??key_locale??.
        assertThat(body).as(path + " (" + language + ")").doesNotContain("??");
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSponsorsDashboardSaysNoProgrammeHasBeenLaunchedYet(String language) throws Exception {
        var copy = new Copy(messages);
        var expected = language.equals("fr") ? copy.fr("insights.empty") : copy.en("insights.empty");
        for (var who : List.of(SPONSOR, ADMIN)) {
            var body = page("/sponsor", who, language);
            assertThat(body).contains(expected);
            // No programme to report on: no report, PDF or export buttons, and no filter bar.
            assertThat(body).doesNotContain("/sponsor/report").doesNotContain("/sponsor/impact.csv");
            // nor a time its figures were computed at, nor a count of zero programmes
            assertThat(body)
                    .doesNotContain("id=\"computed-at\"")
                    .doesNotContain(
                            language.equals("fr") ? copy.fr("insights.lead.all", 0) : copy.en("insights.lead.all", 0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void thePairsPageSaysThereIsNoPairYetAndCountsNothing(String language) throws Exception {
        var copy = new Copy(messages);
        var body = page("/admin/mentorships", ADMIN, language);
        assertThat(body)
                .contains(
                        language.equals("fr") ? copy.fr("mentorships.admin.none") : copy.en("mentorships.admin.none"));
        // No totals, so no line saying when they were counted; nothing to check or filter either.
        assertThat(body)
                .doesNotContain("counted-at")
                .doesNotContain("/admin/mentorships/health-check")
                .doesNotContain("name=\"show\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theAdministratorsHomeStartsWithTheImportOfTheHrExport(String language) throws Exception {
        var copy = new Copy(messages);
        var body = page("/admin", ADMIN, language);
        var steps = body.substring(body.indexOf("<ol"), body.indexOf("</ol>"));
        var link = steps.substring(0, steps.indexOf("</a>"));
        assertThat(link)
                .contains("href=\"/admin/people/import\"")
                .contains("fw-semibold")
                .contains(
                        language.equals("fr") ? copy.fr("admin.home.next.import") : copy.en("admin.home.next.import"));
        assertThat(steps).contains("href=\"/admin/accounts\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sponsor/report", "/sponsor/report.pdf", "/sponsor/impact.csv", "/sponsor/impact.xlsx"})
    void theReportAndExportsOfNoProgrammeLeadToTheDashboardThatSaysWhy(String path) throws Exception {
        for (var who : List.of(SPONSOR, ADMIN)) {
            mvc.perform(get(path).with(user(who))).andExpect(redirectedUrl("/sponsor"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyPageOfTheAdministratorAnswers(String language) throws Exception {
        for (var path : List.of(
                "/admin",
                "/admin/people",
                "/admin/people/import",
                "/admin/mentorships",
                "/admin/operations",
                "/admin/announcements",
                "/admin/skills",
                "/admin/skills/map",
                "/admin/privacy",
                "/admin/privacy/record",
                "/admin/privacy/retention",
                "/admin/privacy/audit",
                "/programmes",
                "/sponsor",
                "/notifications")) {
            page(path, ADMIN, language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyPageOfTheSponsorAnswers(String language) throws Exception {
        for (var path : List.of("/sponsor", "/programmes", "/notifications", "/privacy/me")) {
            page(path, SPONSOR, language);
        }
    }
}
