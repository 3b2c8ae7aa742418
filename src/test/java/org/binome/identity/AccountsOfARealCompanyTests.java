package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.binome.people.Directory;
import org.binome.people.NewPerson;
import org.binome.support.TestAccounts;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts of a company without demo data (same application as {@link FirstAdministratorTests}): the eligible audience
 * of a programme is invited, exactly that audience, each in their language; each account's copy of its holder's
 * department follows the directory, and the administrators' list filters by it.
 */
@SpringBootTest(properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountsOfARealCompanyTests {

    @Autowired
    Directory directory;

    @Autowired
    AccountInvitations invitations;

    @Autowired
    InvitationJobs jobs;

    @Autowired
    AccountDirectory list;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private NewPerson person(String number, String first, String department, int careerStart, String language) {
        return TestPeople.person()
                .number(number)
                .named(first, "Audience")
                .email(first.toLowerCase() + "." + number.toLowerCase() + "@example.org")
                .department(department)
                .careerStart(careerStart)
                .speaking(language)
                .build();
    }

    private long programme(int mentorMaxSeniority, int menteeMinSeniority) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into program (name, format, mentor_max_seniority, mentee_min_seniority, status, created_at)"
                        + " values (?, 'PAIRS', ?, ?, 'OPEN', ?)")
                .params(
                        "Premiers pas " + System.nanoTime(),
                        mentorMaxSeniority,
                        menteeMinSeniority,
                        java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Test
    void aTextCombinedWithStatusRoleAndLastSignInFindsExactlyTheAccountsThatMatchThemAll() {
        var token = "zq" + Long.toString(System.nanoTime(), 36);
        var now = clock.instant();
        long recent = open(token + "-recent", java.util.EnumSet.of(Role.PARTICIPANT, Role.SPONSOR));
        long old = open(token + "-old", java.util.EnumSet.of(Role.PARTICIPANT));
        long never = open(token + "-never", java.util.EnumSet.of(Role.PARTICIPANT, Role.SPONSOR));
        long disabled = open(token + "-disabled", java.util.EnumSet.of(Role.PARTICIPANT));
        open("other-" + token.substring(2) + "-recent", java.util.EnumSet.of(Role.PARTICIPANT));
        signedInAt(recent, now.minus(java.time.Duration.ofDays(3)));
        signedInAt(old, now.minus(java.time.Duration.ofDays(120)));
        signedInAt(disabled, now.minus(java.time.Duration.ofDays(2)));
        jdbc.sql("update user_account set status = 'DISABLED', enabled = false where id = ?")
                .param(disabled)
                .update();

        assertThat(ids(token, null, null, null)).containsExactlyInAnyOrder(recent, old, never, disabled);
        assertThat(ids(token, null, AccountStatus.ACTIVE, null)).containsExactlyInAnyOrder(recent, old, never);
        assertThat(ids(token, Role.SPONSOR, null, null)).containsExactlyInAnyOrder(recent, never);
        assertThat(ids(token, null, null, AccountDirectory.SignIn.WITHIN_30_DAYS))
                .containsExactlyInAnyOrder(recent, disabled);
        assertThat(ids(token, null, AccountStatus.ACTIVE, AccountDirectory.SignIn.WITHIN_30_DAYS))
                .containsExactly(recent);
        assertThat(ids(token, null, null, AccountDirectory.SignIn.NOT_IN_90_DAYS))
                .containsExactly(old);
        assertThat(ids(token, Role.SPONSOR, AccountStatus.ACTIVE, AccountDirectory.SignIn.NEVER))
                .containsExactly(never);
        var page = list.search(new AccountDirectory.Criteria(token, null, null, null, null, 0));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.capped()).isFalse();
        assertThat(page.rows()).extracting(AccountDirectory.Row::displayName).isSorted();
    }

    @Test
    void theHoldersOfARoleAreTheEnabledAccountsWithThatRoleAndNoOther() {
        var token = "hz" + Long.toString(System.nanoTime(), 36);
        long facilitator = open(token + "-facilitator", java.util.EnumSet.of(Role.PARTICIPANT, Role.FACILITATOR));
        long both = open(token + "-both", java.util.EnumSet.of(Role.ADMIN, Role.FACILITATOR));
        long administrator = open(token + "-admin", java.util.EnumSet.of(Role.ADMIN));
        long disabled = open(token + "-disabled", java.util.EnumSet.of(Role.FACILITATOR));
        jdbc.sql("update user_account set status = 'DISABLED', enabled = false where id = ?")
                .param(disabled)
                .update();

        assertThat(holders(Role.FACILITATOR, token)).containsExactly(facilitator, both);
        assertThat(holders(Role.ADMIN, token)).containsExactly(both, administrator);
        assertThat(holders(Role.SPONSOR, token)).isEmpty();
    }

    private List<Long> holders(Role role, String token) {
        return accounts.enabledHolding(role).stream()
                .filter(a -> a.username().startsWith(token))
                .map(AccountView::id)
                .toList();
    }

    private long open(String name, java.util.Set<Role> roles) {
        return TestAccounts.account()
                .username(name + "@example.org")
                .displayName(name)
                .email(name + "@example.org")
                .password("Correct-Horse-Battery-42")
                .roles(roles)
                .openIn(accounts)
                .id();
    }

    private void signedInAt(long id, java.time.Instant at) {
        jdbc.sql("update user_account set last_sign_in_at = ? where id = ?")
                .params(java.sql.Timestamp.from(at), id)
                .update();
    }

    private List<Long> ids(String text, Role role, AccountStatus status, AccountDirectory.SignIn signIn) {
        return list.search(new AccountDirectory.Criteria(text, role, status, null, signIn, 0)).rows().stream()
                .map(AccountDirectory.Row::id)
                .toList();
    }

    @Test
    void invitingASiteInvitesItsActivePeopleOnly() {
        var site = "Site " + Long.toString(System.nanoTime(), 36);
        var here = List.of("ST-0001", "ST-0002", "ST-0003");
        directory.registerAll(List.of(
                new NewPerson(
                        here.get(0),
                        "Rose",
                        "Site",
                        "rose.st1@example.org",
                        "Achats",
                        site,
                        "Acheteuse",
                        null,
                        LocalDate.of(2021, 1, 4),
                        2015,
                        List.of("fr"),
                        1990),
                new NewPerson(
                        here.get(1),
                        "Sami",
                        "Site",
                        "sami.st2@example.org",
                        "Achats",
                        site,
                        "Acheteur",
                        null,
                        LocalDate.of(2021, 1, 4),
                        2015,
                        List.of("fr"),
                        1991),
                new NewPerson(
                        here.get(2),
                        "Tess",
                        "Site",
                        "tess.st3@example.org",
                        "Achats",
                        site,
                        "Acheteuse",
                        null,
                        LocalDate.of(2021, 1, 4),
                        2015,
                        List.of("fr"),
                        1992),
                new NewPerson(
                        "ST-0004",
                        "Ugo",
                        "Ailleurs",
                        "ugo.st4@example.org",
                        "Achats",
                        "Ailleurs",
                        "Acheteur",
                        null,
                        LocalDate.of(2021, 1, 4),
                        2015,
                        List.of("fr"),
                        1993)));
        jdbc.sql("update person set status = 'LEFT', leaving_date = ? where employee_number = 'ST-0003'")
                .param(LocalDate.now(clock))
                .update();

        long id = invitations.runNow(
                new InvitationAudience(InvitationAudience.Kind.SITE, site, List.of()), false, "admin");

        var job = jobs.find(id).orElseThrow();
        assertThat(job.invited()).isEqualTo(2);
        assertThat(accounts.findByEmployeeNumber("ST-0001")).isPresent();
        assertThat(accounts.findByEmployeeNumber("ST-0002")).isPresent();
        assertThat(accounts.findByEmployeeNumber("ST-0003"))
                .as("left the company")
                .isEmpty();
        assertThat(accounts.findByEmployeeNumber("ST-0004")).as("another site").isEmpty();
    }

    @Test
    void invitingAProgrammesEligibleAudienceInvitesExactlyThatAudienceEachInTheirLanguage() {
        int thisYear = LocalDate.now(clock).getYear();
        directory.registerAll(List.of(
                person("PA-0001", "Nora", "Audit", thisYear, "fr"),
                person("PA-0002", "Owen", "Audit", thisYear, "en"),
                person("PA-0003", "Paule", "Audit", 1985, "fr"),
                person("PA-0004", "Quentin", "Audit", thisYear, "fr")));
        jdbc.sql("update person set status = 'LEFT', leaving_date = ? where employee_number = 'PA-0004'")
                .param(LocalDate.now(clock))
                .update();
        // Newcomers (no seniority) may be mentors; nobody has 80 years of career to be a mentee.
        long programme = programme(0, 80);

        long id = invitations.runNow(
                new InvitationAudience(InvitationAudience.Kind.PROGRAMME, String.valueOf(programme), List.of()),
                false,
                "admin");

        var job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(InvitationJobs.Status.FINISHED);
        assertThat(job.total())
                .as("the two active newcomers, not the senior nor who left")
                .isEqualTo(2);
        assertThat(job.invited()).isEqualTo(2);
        assertThat(accounts.findByEmployeeNumber("PA-0003")).isEmpty();
        assertThat(accounts.findByEmployeeNumber("PA-0004")).isEmpty();
        assertThat(jdbc.sql("select o.locale from mail_outbox o join user_account a on a.username = o.recipient_key"
                                + " where o.template = 'account.invitation' and a.employee_number in ('PA-0001', 'PA-0002')"
                                + " order by a.employee_number")
                        .query(String.class)
                        .list())
                .containsExactly("fr", "en");
        assertThat(jdbc.sql("select subject from mail_outbox o join user_account a on a.username = o.recipient_key"
                                + " where o.template = 'account.invitation' and a.employee_number in ('PA-0001', 'PA-0002')"
                                + " order by a.employee_number")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Votre acc\u00e8s \u00e0 Bin\u00f4me, le programme de mentorat invers\u00e9",
                        "Your access to Bin\u00f4me, the reverse mentoring programme");

        long again = invitations.runNow(
                new InvitationAudience(InvitationAudience.Kind.PROGRAMME, String.valueOf(programme), List.of()),
                false,
                "admin");
        assertThat(jobs.find(again).orElseThrow().invited())
                .as("nobody is invited twice")
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox o join user_account a on a.username = o.recipient_key"
                                + " where o.template = 'account.invitation' and a.employee_number like 'PA-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anAccountKeepsItsHoldersDepartmentAsTheDirectoryChangesAndTheListFiltersByIt() {
        directory.registerAll(List.of(person("PD-0001", "Rachid", "Paie", 2001, "fr")));
        invitations.runNow(
                new InvitationAudience(InvitationAudience.Kind.PERSON, "PD-0001", List.of()), false, "admin");
        var paie = list.search(new AccountDirectory.Criteria("", null, null, "Paie", null, 0));
        assertThat(paie.rows())
                .extracting(AccountDirectory.Row::employeeNumber, AccountDirectory.Row::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PD-0001", "Paie"));

        // The directory moves them (as an edit or SCIM does, through the people module's repository).
        jdbc.sql("update person set department = 'Tr\u00e9sorerie' where employee_number = 'PD-0001'")
                .update();
        accounts.employeesChanged(List.of("PD-0001"));

        assertThat(list.search(new AccountDirectory.Criteria("", null, null, "Paie", null, 0))
                        .rows())
                .isEmpty();
        assertThat(list.search(new AccountDirectory.Criteria("rachid", null, null, "Tr\u00e9sorerie", null, 0))
                        .rows())
                .extracting(AccountDirectory.Row::department)
                .containsExactly("Tr\u00e9sorerie");
    }
}
