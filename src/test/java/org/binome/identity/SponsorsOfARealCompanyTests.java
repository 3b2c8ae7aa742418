package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.support.TestAccounts;
import org.binome.support.TestPeople;
import org.binome.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sponsors of a company without demo data (same application as {@link AccountPersonLinkTests}): the administrator
 * names a programme's sponsors by their employee numbers, and each of them reaches the sponsors' dashboard without a
 * second step in Comptes — at once in the session they have open, or with their account when they are invited later.
 * The grant is in their account's history under the administrator's name and told to them, as one made in Comptes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@ActiveProfiles("test")
class SponsorsOfARealCompanyTests {

    private static final String PASSWORD = "Correct-Horse-Battery-42";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    Programs programs;

    @Autowired
    AccountInvitations invitations;

    @Autowired
    AccountAudit audit;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    /** A director of the directory with a participant's account; gives the account. */
    private AccountView director(String number) {
        var email = number.toLowerCase(java.util.Locale.ROOT) + "@example.org";
        TestPeople.person().number(number).named("Marc", "Sponsor").email(email).registerIn(directory);
        return TestAccounts.account()
                .username(email)
                .displayName("Marc Sponsor")
                .email(email)
                .employee(number)
                .password(PASSWORD)
                .roles(Role.PARTICIPANT)
                .openIn(accounts);
    }

    private String roles(long accountId) {
        return jdbc.sql("select roles from user_account where id = ?")
                .param(accountId)
                .query(String.class)
                .single();
    }

    private List<String> grants(long accountId) {
        return audit.of(accountId).stream()
                .filter(e -> e.action().equals("role-granted"))
                .map(e -> e.actor() + " " + e.detail())
                .toList();
    }

    @Test
    void aDirectorNamedSponsorOfANewProgrammeReachesTheSponsorsDashboardInTheSessionTheyHaveOpen() throws Exception {
        var number = unique("SPN");
        var account = director(number);
        var browser = new WebClient(port);
        browser.signIn(account.username(), PASSWORD);
        assertThat(browser.get("/sponsor").statusCode()).isEqualTo(403);

        var name = "Parrainé " + number;
        long programme = TestProgrammes.programme(name)
                .sponsors(number)
                .sponsorMessage("Je soutiens ce programme.")
                .openIn(programs); // created by "test", then opened: a sponsor follows launched programmes

        assertThat(browser.get("/sponsor").statusCode()).isEqualTo(200);
        assertThat(browser.get("/sponsor?programme=" + programme).body()).contains(name);
        assertThat(roles(account.id())).contains("SPONSOR");
        assertThat(grants(account.id())).containsExactly("test SPONSOR");
        // told once, with the role's name in their language (not the stored "SPONSOR")
        assertThat(jdbc.sql("select title from notification where recipient_username = ? and template = ?")
                        .params(account.username(), "account.role-granted")
                        .query(String.class)
                        .list())
                .containsExactly("Nouveau rôle dans Binôme : Sponsor");
    }

    @Test
    void aSponsorNamedByAnEditGetsTheRoleOnceAndOneNoLongerNamedKeepsItUntilAnAdministratorRevokesIt() {
        var first = director(unique("SPA"));
        var second = director(unique("SPB"));
        var programme = TestProgrammes.programme("Parrainages " + System.nanoTime())
                .sponsors(first.employeeNumber())
                .createIn(programs, "rh-admin");
        assertThat(roles(second.id())).doesNotContain("SPONSOR");

        TestProgrammes.nameSponsors(programs, programme.id(), "rh-editor", second.employeeNumber());
        TestProgrammes.nameSponsors(
                programs, programme.id(), "rh-editor", second.employeeNumber(), first.employeeNumber());

        assertThat(roles(second.id())).contains("SPONSOR");
        assertThat(grants(second.id())).containsExactly("rh-editor SPONSOR");
        assertThat(roles(first.id())).contains("SPONSOR");
        assertThat(grants(first.id())).containsExactly("rh-admin SPONSOR");
    }

    @Test
    void anEmployeeNamedSponsorBeforeBeingInvitedGetsTheRoleWithTheirAccount() throws Exception {
        var number = unique("SPI");
        TestPeople.person()
                .number(number)
                .named("Inès", "Invitée")
                .email(number.toLowerCase(java.util.Locale.ROOT) + "@example.org")
                .registerIn(directory);
        var colleague = TestPeople.person().number(unique("SPC")).registerIn(directory);
        var programme = TestProgrammes.programme("Avant l’invitation " + number)
                .sponsors(number)
                .createIn(programs, "rh-admin");
        assertThat(accounts.findByEmployeeNumber(number)).isEmpty();
        // the programme's page tells its administrators who has no account yet, with the way to invite them
        var administrator = administrator();
        var page = administrator.get("/admin/programmes/" + programme.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Pas encore de compte :")
                .contains("href=\"/admin/accounts/invite?person=" + number + "\">Inès Invitée</a>")
                .contains("Une fois invités, ils auront le rôle Sponsor avec leur compte.");

        invitations.runNow(
                new InvitationAudience(InvitationAudience.Kind.SELECTION, null, List.of(number, colleague)),
                false,
                "rh-admin");

        var invited = accounts.findByEmployeeNumber(number).orElseThrow();
        assertThat(roles(invited.id())).isEqualTo("PARTICIPANT,SPONSOR");
        assertThat(grants(invited.id())).containsExactly("rh-admin SPONSOR");
        var other = accounts.findByEmployeeNumber(colleague).orElseThrow();
        assertThat(roles(other.id())).isEqualTo("PARTICIPANT");
        assertThat(administrator.get("/admin/programmes/" + programme.id()).body())
                .contains("Inès Invitée")
                .doesNotContain("Pas encore de compte");
    }

    /** An administrator of the company, signed in. */
    private WebClient administrator() throws Exception {
        var name = unique("rh-").toLowerCase(java.util.Locale.ROOT) + "@example.org";
        TestAccounts.account()
                .username(name)
                .displayName("Responsable RH")
                .email(name)
                .password(PASSWORD)
                .roles(Role.ADMIN, Role.PARTICIPANT)
                .openIn(accounts);
        var browser = new WebClient(port);
        browser.signIn(name, PASSWORD);
        return browser;
    }
}
