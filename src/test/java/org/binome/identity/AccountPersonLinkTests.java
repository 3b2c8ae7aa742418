package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.binome.people.Directory;
import org.binome.people.NewPerson;
import org.binome.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts belong to people of the directory, the first administrator's too (same application as
 * {@link FirstAdministratorTests}, without demo data): an account that belongs to nobody is linked by itself when the
 * directory gets a person whose work e-mail is its username (one at a time or by an HR import), or by an administrator
 * from its page, refused with the reason when that person already has an account. Until then, its participant's page
 * explains why there is none. Each test opens its own accounts (the first administrator stays as it is). Over real
 * HTTP, so that the error page a browser gets is the one checked.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@ActiveProfiles("test")
class AccountPersonLinkTests {

    private static final String PASSWORD = "Correct-Horse-Battery-42";

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

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
        return TestAccounts.account()
                .username(username)
                .displayName("Administrateur")
                .email(null)
                .password(PASSWORD)
                .roles(Role.ADMIN)
                .openIn(accounts)
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

    private org.binome.support.WebClient signIn(String username) throws Exception {
        var web = new org.binome.support.WebClient(port);
        assertThat(web.signIn(username, PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");
        return web;
    }

    private java.net.http.HttpResponse<String> link(org.binome.support.WebClient web, long id, String person)
            throws Exception {
        var page = "/admin/accounts/" + id;
        return web.postForm(
                page,
                page + "/person",
                Map.of("version", account(id).get("VERSION").toString(), "person", person));
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
        var web = signIn(username);

        var refused = web.get("/me");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"unlinked-account\"").contains("href=\"/admin/accounts/" + id + "\"");

        assertThat(web.get("/admin/accounts/" + id).body()).contains("id=\"link-person\"");

        var blank = link(web, id, " ");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"person-error\"");

        var unknown = link(web, id, "NOBODY-404");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("data-problem=\"accounts.link.error.unknown\"");
        assertThat(account(id).get("EMPLOYEE_NUMBER")).isNull();

        // by work e-mail, as an administrator would type it
        var linked = link(web, id, email.toUpperCase());
        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(account(id).get("EMPLOYEE_NUMBER")).isEqualTo(number);
        assertThat(history(id)).containsExactly(username + " linked " + number);
        assertThat(web.get("/admin/accounts/" + id).body())
                .doesNotContain("id=\"link-person\"")
                .contains(number);

        assertThat(web.get("/me").statusCode())
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
        TestAccounts.account()
                .username(email)
                .displayName("Claire Lien")
                .email(email)
                .password(PASSWORD)
                .employee(number)
                .openIn(accounts);
        var web = signIn(username);
        var before = account(id);

        var refused = link(web, id, number);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("data-problem=\"accounts.link.error.taken\"")
                .contains(email);
        assertThat(account(id)).isEqualTo(before);
        assertThat(history(id)).isEmpty();
    }
}
