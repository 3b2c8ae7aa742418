package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DirectoryScreensTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    DirectorySearch search;

    private final org.springframework.test.web.servlet.request.RequestPostProcessor admin =
            user(TestUsers.withRoles(Role.ADMIN));

    @Test
    void thePersonPageShowsTheManagerChainAndTheDirectReports() throws Exception {
        var ceo = TestPeople.person().named("Hélène", "Marchand").registerIn(directory);
        var director = TestPeople.person().reportingTo(ceo).registerIn(directory);
        TestPeople.person().named("Régis", "Rapport").reportingTo(director).registerIn(directory);

        var page = mvc.perform(get("/admin/people/" + director).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(copy().fr("person.chain")).contains("Hélène Marchand");
        assertThat(directory.directReportsOf(director)).isNotEmpty();
        var report = directory.directReportsOf(director).get(0);
        assertThat(page).contains(report.fullName());
        assertThat(directory.managersOf(report.employeeNumber()))
                .extracting(PersonView::employeeNumber)
                .containsExactly(director, ceo);
    }

    @Test
    void searchBySkillFindsThePeopleWhoDeclaredIt() {
        var result = search.search(new DirectorySearch.Criteria("", "", "", "name", 0, "genai", "ACTIVE"));

        assertThat(result.total()).isGreaterThan(0);
        assertThat(result.rows())
                .extracting(DirectorySearch.Row::employeeNumber)
                .isNotEmpty();
        var nobody = search.search(new DirectorySearch.Criteria("", "", "", "name", 0, "no-such-skill", "ALL"));
        assertThat(nobody.total()).isZero();
    }

    @Test
    void anEditIsSavedAndAStaleFormIsAConflictThatLosesNothing() throws Exception {
        var boss = TestPeople.person().registerIn(directory);
        var number = TestPeople.person().jobTitle("Directeur").reportingTo(boss).registerIn(directory);
        var person = directory.find(number).orElseThrow();
        int version = currentVersion(number);

        var saved = mvc.perform(form(number, person, version)
                        .param("jobTitle", "Directeur des opérations")
                        .param("managerNumber", person.managerNumber()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(directory.find(number).orElseThrow().jobTitle()).isEqualTo("Directeur des opérations");

        var stale = mvc.perform(form(number, person, version)
                        .param("jobTitle", "Mon titre à moi")
                        .param("managerNumber", person.managerNumber()))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString())
                .contains(copy().fr("person.conflict"))
                .contains("Mon titre à moi");
        assertThat(directory.find(number).orElseThrow().jobTitle()).isEqualTo("Directeur des opérations");
    }

    @Test
    void anInvalidEditIsRefusedWithTheErrorsNextToTheFields() throws Exception {
        var top = TestPeople.person().registerIn(directory);
        TestPeople.person().reportingTo(top).registerIn(directory);
        var person = directory.find(top).orElseThrow();
        int version = currentVersion(top);
        var report = directory.directReportsOf(top).get(0);

        var cycle = mvc.perform(form(top, person, version)
                        .param("managerNumber", report.employeeNumber())
                        .param("email", "pas-un-mail"))
                .andReturn()
                .getResponse();

        assertThat(cycle.getStatus()).isEqualTo(422);
        assertThat(cycle.getContentAsString())
                .contains(copy().fr("person.manager.cycle"))
                .contains("is-invalid")
                .contains("aria-describedby=\"email-error\"");
        assertThat(directory.find(top).orElseThrow().managerNumber()).isNull();
    }

    private int currentVersion(String number) throws Exception {
        var page = mvc.perform(get("/admin/people/" + number + "/edit").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private MockHttpServletRequestBuilder form(String number, PersonView p, int version) {
        return post("/admin/people/" + number + "/edit")
                .param("firstName", p.firstName())
                .param("lastName", p.lastName())
                .param("email", p.email())
                .param("department", p.department())
                .param("site", p.site())
                .param("languages", String.join(",", p.languages()))
                .param("status", p.status().name())
                .param("version", String.valueOf(version))
                .with(admin)
                .with(csrf());
    }
}
