package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.DemoCompanyLoaded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each action the issue lists writes one audit entry through the real pages, naming who acted, the record and the
 * person concerned by their employee number, never a name, an address, a password or what was written. (HR imports:
 * {@code people.HrImportAuditTests}, which reaches the import without its mapping screens.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AuditedActionsTests {

    private static final String DEMO_PASSWORD = "binome-demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    final BinomeUser admin = TestUsers.person("admin", "ML00001", "fr", Role.ADMIN);

    @Test
    void aSignInIsAuditedUnderTheAccountWithTheEmployeeNumberAsSubject() throws Exception {
        var before = last();
        var response = mvc.perform(post("/login")
                        .param("username", "mentor")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(address("10.19.0.1")))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        var entry = single(since(before, "SIGN_IN"));
        assertThat(entry.actor()).isEqualTo("mentor");
        assertThat(entry.subject()).isEqualTo(DemoCompanyLoaded.YOUNG_MENTOR);
        assertMinimal(entry, DemoCompanyLoaded.YOUNG_MENTOR, DEMO_PASSWORD);
    }

    @Test
    void aFailedSignInIsAuditedWithoutWhatWasTyped() throws Exception {
        var before = last();
        var typed = "Ines.Typed-Her-Secret-Here";
        var response = mvc.perform(post("/login")
                        .param("username", typed)
                        .param("password", "Wrong-Horse-Battery-42")
                        .with(csrf())
                        .with(address("10.19.0.2")))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        var entry = single(since(before, "SIGN_IN_FAILED"));
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.subject()).isNull();
        assertThat(entry.detail()).startsWith("name#").doesNotContainIgnoringCase(typed);
        assertThat(entry.detail()).doesNotContain("Wrong-Horse");

        // The same name failing again gives the same digest: repeated failures on one name can be seen.
        mvc.perform(post("/login")
                .param("username", typed)
                .param("password", "Other-Wrong-Battery-43")
                .with(csrf())
                .with(address("10.19.0.3")));
        var again = since(entry.seq(), "SIGN_IN_FAILED");
        assertThat(again).isNotEmpty();
        assertThat(again.get(0).detail().substring(0, 17))
                .isEqualTo(entry.detail().substring(0, 17));
    }

    @Test
    void aRoleChangeIsAuditedWithTheAdministratorTheAccountAndTheRole() throws Exception {
        var account = jdbc.sql("select id, version from user_account where employee_number = ?")
                .param(DemoCompanyLoaded.SENIOR_MENTEE)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        var before = last();
        var status = mvc.perform(post("/admin/accounts/{id}/roles", account[0])
                        .param("version", String.valueOf(account[1]))
                        .param("role", "FACILITATOR")
                        .param("granted", "true")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(302);
        var entry = single(since(before, "ACCOUNT_ROLE-GRANTED"));
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.target()).isEqualTo("account:" + account[0]);
        assertThat(entry.subject()).isEqualTo(DemoCompanyLoaded.SENIOR_MENTEE);
        assertThat(entry.detail()).isEqualTo("FACILITATOR");
        assertMinimal(entry, DemoCompanyLoaded.SENIOR_MENTEE);
    }

    @Test
    void anAdministratorOpeningAPersonsProfileIsAuditedButNotThePersonLookingAtTheirOwnPages() throws Exception {
        var before = last();
        assertThat(mvc.perform(get("/admin/people/{n}", DemoCompanyLoaded.SENIOR_MENTEE)
                                .with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        var entry = single(since(before, "PERSON_PROFILE_VIEWED"));
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.subject()).isEqualTo(DemoCompanyLoaded.SENIOR_MENTEE);
        assertMinimal(entry, DemoCompanyLoaded.SENIOR_MENTEE);
    }

    @Test
    void aMatchingRunIsAuditedWithTheProgrammeAndTheRun() throws Exception {
        var before = last();
        long started = -1;
        for (var id : jdbc.sql("select id from program where status not in ('DRAFT', 'CLOSED') order by id")
                .query(Long.class)
                .list()) {
            var status = mvc.perform(post("/admin/programmes/{id}/matching/run", id)
                            .with(user(admin))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 302) {
                started = id;
                break;
            }
        }
        assertThat(started).as("a demo programme can be matched").isPositive();

        var entry = single(since(before, "MATCHING_RUN_STARTED"));
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.target()).isEqualTo("programme:" + started);
        assertThat(entry.detail()).matches("run \\d+");
        assertMinimal(entry);
    }

    @Test
    void everyExportIsAuditedWithWhoExportedWhat() throws Exception {
        var before = last();
        var mentor = TestUsers.person("mentor", DemoCompanyLoaded.YOUNG_MENTOR, "fr", Role.PARTICIPANT);
        for (var request : List.of(
                get("/privacy/me/export.json").with(user(mentor)),
                get("/admin/privacy/people/{n}/export.html", DemoCompanyLoaded.SENIOR_MENTEE)
                        .with(user(admin)),
                get("/admin/skills/map.csv").with(user(admin)),
                get("/admin/privacy/record.csv").with(user(admin)))) {
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }

        var own = single(since(before, "PERSONAL_DATA_EXPORTED"));
        assertThat(own.actor()).isEqualTo("mentor");
        assertThat(own.subject()).isEqualTo(DemoCompanyLoaded.YOUNG_MENTOR);
        var byAdmin = single(since(before, "PERSONAL_DATA_EXPORTED_BY_ADMIN"));
        assertThat(byAdmin.actor()).isEqualTo("admin");
        assertThat(byAdmin.subject()).isEqualTo(DemoCompanyLoaded.SENIOR_MENTEE);
        assertThat(single(since(before, "SKILLS_MAP_EXPORTED")).actor()).isEqualTo("admin");
        assertThat(single(since(before, "RECORD_OF_PROCESSING_EXPORTED")).actor())
                .isEqualTo("admin");
        for (var entry : List.of(own, byAdmin)) {
            assertMinimal(entry, entry.subject());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** Neither the target nor the detail holds the person's name, e-mail or username, nor any given secret. */
    private void assertMinimal(AuditLog.Entry entry, String... about) {
        var words = new java.util.ArrayList<String>();
        for (var value : about) {
            if (value.startsWith("ML")) {
                jdbc.sql("select first_name, last_name, email from person where employee_number = ?")
                        .param(value)
                        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list()
                        .forEach(words::addAll);
            } else {
                words.add(value);
            }
        }
        var text =
                (entry.target() == null ? "" : entry.target()) + " " + (entry.detail() == null ? "" : entry.detail());
        assertThat(text).doesNotContain("@");
        for (var word : words) {
            if (word != null && word.length() > 2) {
                assertThat(text).as(entry.action()).doesNotContainIgnoringCase(word);
            }
        }
    }

    private long last() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_log")
                .query(Long.class)
                .single();
    }

    private List<AuditLog.Entry> since(long seq, String action) {
        return audit.search(new AuditLog.Search(null, null, action, null, null), 100).stream()
                .filter(e -> e.seq() > seq)
                .toList();
    }

    private static AuditLog.Entry single(List<AuditLog.Entry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
