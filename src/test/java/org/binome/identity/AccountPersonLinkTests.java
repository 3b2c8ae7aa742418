package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.binome.people.Directory;
import org.binome.people.NewPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts belong to people of the directory, the first administrator's too (same application as
 * {@link FirstAdministratorTests}, without demo data): an account that belongs to nobody is linked by itself when the
 * directory gets a person whose work e-mail is its username (one at a time or by an HR import), or by an administrator
 * from its page, refused with the reason when that person already has an account. Until then, its participant's page
 * explains why there is none. Each test opens its own accounts (the first administrator stays as it is).
 */
@SpringBootTest(properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountPersonLinkTests {

    private static final String PASSWORD = "Correct-Horse-Battery-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /** An administrator account that belongs to nobody of the directory, as the first one is. */
    private long unlinkedAdministrator(String username) {
        return accounts.open(new NewAccount(
                        username,
                        "Administrateur",
                        null,
                        PASSWORD.toCharArray(),
                        EnumSet.of(Role.ADMIN),
                        "fr",
                        null,
                        false))
                .id();
    }

    private NewPerson person(String number, String email) {
        return new NewPerson(
                number,
                "Claire",
                "Lien",
                email,
                "Systèmes d’information",
                "Lyon",
                "DSI",
                null,
                LocalDate.of(2019, 3, 4),
                2005,
                List.of("fr"),
                1982);
    }

    private Map<String, Object> account(long id) {
        return jdbc.sql("select employee_number, roles, display_name, version from user_account where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private List<String> history(long id) {
        return jdbc.sql("select actor || ' ' || action || ' ' || coalesce(detail, '') from account_audit"
                        + " where account_id = ? order by id")
                .param(id)
                .query(String.class)
                .list();
    }

    private Cookie signIn(String username) throws Exception {
        var cookies = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookies();
        return java.util.Arrays.stream(cookies)
                .filter(c -> c.getName().equals("SESSION"))
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    @Test
    void anUnlinkedAccountIsLinkedByItselfWhenTheDirectoryGetsItsWorkEmailInAnyCase() {
        var email = unique("dsi.") + "@example.org";
        var id = unlinkedAdministrator(email);
        var number = unique("LK-");

        directory.registerAll(List.of(person(number, email.toUpperCase())));

        var linked = account(id);
        assertThat(linked.get("EMPLOYEE_NUMBER")).isEqualTo(number);
        assertThat((String) linked.get("ROLES")).isEqualTo("ADMIN,PARTICIPANT");
        assertThat(linked.get("DISPLAY_NAME")).isEqualTo("Claire Lien");
        assertThat(history(id)).containsExactly(AccountPersonLinks.DIRECTORY + " linked " + number);
        assertThat(jdbc.sql("select count(*) from notification where recipient_username = ?"
                                + " and template = 'account.linked'")
                        .param(email)
                        .query(Long.class)
                        .single())
                .as("the holder is told")
                .isEqualTo(1L);
    }

    @Test
    void anHrImportLinksAnUnlinkedAccountWhoseUsernameIsAWorkEmail() {
        var email = unique("rh.") + "@example.org";
        var id = unlinkedAdministrator(email);
        var number = unique("HR-");
        // what the HR import writes (in bulk, without saving people one at a time), then tells accounts
        jdbc.sql("insert into person (employee_number, first_name, last_name, email, email_key, department, site,"
                        + " last_name_key, first_name_key, status) values (?, 'Paul', 'Import', ?, ?, 'RH', 'Lyon',"
                        + " 'import', 'paul', 'ACTIVE')")
                .params(number, email, email)
                .update();
        assertThat(account(id).get("EMPLOYEE_NUMBER")).isNull();

        accounts.directoryChanged();

        assertThat(account(id).get("EMPLOYEE_NUMBER")).isEqualTo(number);
        assertThat(history(id)).containsExactly(AccountPersonLinks.DIRECTORY + " linked " + number);
    }

    @Test
    void anUnlinkedAccountsParticipantPageExplainsWhyThenAnAdministratorLinksItFromItsPage() throws Exception {
        var username = unique("chef");
        var id = unlinkedAdministrator(username);
        var number = unique("AD-");
        var email = unique("claire.") + "@example.org";
        directory.registerAll(List.of(person(number, email)));
        var session = signIn(username);

        var refused = mvc.perform(get("/me").cookie(session)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString())
                .contains("id=\"unlinked-account\"")
                .contains("href=\"/admin/accounts/" + id + "\"");

        var page = mvc.perform(get("/admin/accounts/" + id).cookie(session))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString()).contains("id=\"link-person\"");

        var blank = mvc.perform(post("/admin/accounts/" + id + "/person")
                        .cookie(session)
                        .with(csrf())
                        .param("version", account(id).get("VERSION").toString())
                        .param("person", " "))
                .andReturn()
                .getResponse();
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString()).contains("id=\"person-error\"");

        var unknown = mvc.perform(post("/admin/accounts/" + id + "/person")
                        .cookie(session)
                        .with(csrf())
                        .param("version", account(id).get("VERSION").toString())
                        .param("person", "NOBODY-404"))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("data-problem=\"accounts.link.error.unknown\"");
        assertThat(account(id).get("EMPLOYEE_NUMBER")).isNull();

        // by work e-mail, as an administrator would type it
        var linked = mvc.perform(post("/admin/accounts/" + id + "/person")
                        .cookie(session)
                        .with(csrf())
                        .param("version", account(id).get("VERSION").toString())
                        .param("person", email.toUpperCase()))
                .andReturn()
                .getResponse();
        assertThat(linked.getStatus()).isEqualTo(302);
        assertThat(account(id).get("EMPLOYEE_NUMBER")).isEqualTo(number);
        assertThat(history(id)).containsExactly(username + " linked " + number);
        assertThat(mvc.perform(get("/admin/accounts/" + id).cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("id=\"link-person\"")
                .contains(number);

        assertThat(mvc.perform(get("/me").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the open session takes part from its next request")
                .isEqualTo(200);
    }

    @Test
    void linkingToAPersonWhoAlreadyHasAnAccountIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        var username = unique("second");
        var id = unlinkedAdministrator(username);
        var number = unique("TK-");
        var email = unique("deja.") + "@example.org";
        directory.registerAll(List.of(person(number, email)));
        accounts.open(new NewAccount(
                email,
                "Claire Lien",
                email,
                PASSWORD.toCharArray(),
                EnumSet.of(Role.PARTICIPANT),
                "fr",
                number,
                false));
        var session = signIn(username);
        var before = account(id);

        var refused = mvc.perform(post("/admin/accounts/" + id + "/person")
                        .cookie(session)
                        .with(csrf())
                        .param("version", before.get("VERSION").toString())
                        .param("person", number))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString())
                .contains("data-problem=\"accounts.link.error.taken\"")
                .contains(email);
        assertThat(account(id)).isEqualTo(before);
        assertThat(history(id)).isEmpty();
    }
}
