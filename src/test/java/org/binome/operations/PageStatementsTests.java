package org.binome.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How many SQL statements the busiest signed-in pages run, counted the way the operations page counts them (per
 * request, by route), so that an N+1 query cannot come back silently. Each page is read, then read again after more
 * pairs were added (and removed after): the count must not grow with the rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class PageStatementsTests {

    private static final BinomeUser ADMIN = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN, Role.PARTICIPANT);

    /** Extra pairs added to show that a page's statements do not grow with rows. */
    private static final int MORE_PAIRS = 15;

    /*
     * Ceilings: what was measured after another test class had used the shared context (2026-12-03: /admin/mentorships
     * 11, /mentorships/{id} 13, /me 16, /admin 6, /admin/people 8, with 24 to 36 programmes; each 2 fewer with the
     * demo company alone, a difference not tracked down) plus 2 of margin, whatever the number of programmes. The pair
     * page and the participant's home then lost three statements each (2026-12-05: a pair and a session each read with
     * their members in one query, the charter once, a person with their manager): 10 and 11 in a shared context.
     */

    /** Extra programmes added to show that a page's statements do not grow with programmes either. */
    private static final int MORE_PROGRAMMES = 3;

    @Autowired
    Programs programs;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorsPairsPageReadsWithAFewStatementsWhateverTheNumberOfPairs() throws Exception {
        // No statement per programme: the programmes are kept (ProgramViews), their figures counted by one query.
        assertFewAndFlat("/admin/mentorships", "/admin/mentorships", ADMIN, 167, 13);
    }

    @Test
    void thePairPageReadsWithAFewStatements() throws Exception {
        var pair = activePair();
        var member = participant(pair.member());
        assertFewAndFlat("/mentorships/" + pair.id(), "/mentorships/{id}", member, 32, 12);
    }

    @Test
    void theParticipantsHomeReadsWithAFewStatements() throws Exception {
        var member = participant(activePair().member());
        assertFewAndFlat("/me", "/me", member, 27, 13);
    }

    @Test
    void theAdministratorsHomeReadsWithAFewStatements() throws Exception {
        assertFewAndFlat("/admin", "/admin", ADMIN, 17, 8);
    }

    @Test
    void theDirectorySearchReadsWithAFewStatements() throws Exception {
        assertFewAndFlat("/admin/people?q=a", "/admin/people", ADMIN, 10, 10);
    }

    /** The programmes in the shared database (other test classes add some to the demo company's three). */
    private int programmes() {
        return jdbc.sql("select count(*) from program").query(Integer.class).single();
    }

    /**
     * Programmes created through the application: Spring Data JDBC reads each programme's FAQ (even an empty one) with
     * a query of its own, so a page that read the programmes on every view ran one statement more per programme. They are
     * kept ({@code ProgramViews}) and read again only after a change. Drafts, so that no other page of the shared
     * demo company shows them.
     */
    private void addProgrammes() {
        for (int i = 0; i < MORE_PROGRAMMES; i++) {
            TestProgrammes.programme().createIn(programs);
        }
    }

    /**
     * Reads the page (once to warm what is kept), counts its statements, adds pairs to the demo's running programme,
     * counts again, and asserts both counts stay under the ceiling and the second is no higher than the first.
     */
    private void assertFewAndFlat(String path, String route, BinomeUser who, int before, int ceiling) throws Exception {
        statements(path, route, who);
        int first = statements(path, route, who);
        var added = addPairs(MORE_PAIRS);
        addProgrammes();
        int second;
        try {
            statements(path, route, who); // the programmes' list was dropped by their creation: read it again
            second = statements(path, route, who);
        } finally {
            removePairs(added);
        }
        System.out.printf(
                "Statements for %s: %d (%d with %d more pairs and %d more programmes, %d programmes in all; %d before"
                        + " the fix)%n",
                path, first, second, MORE_PAIRS, MORE_PROGRAMMES, programmes(), before);
        assertThat(first).as("statements of %s", path).isLessThanOrEqualTo(ceiling);
        assertThat(second)
                .as("statements of %s after %d more pairs and %d more programmes", path, MORE_PAIRS, MORE_PROGRAMMES)
                .isLessThanOrEqualTo(first);
    }

    private int statements(String path, String route, BinomeUser who) throws Exception {
        var before = summary(route);
        var response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        var after = summary(route);
        assertThat(after[1] - before[1]).as("one request counted").isEqualTo(1);
        return (int) (after[0] - before[0]);
    }

    private double[] summary(String route) {
        var summary = registry.find(RequestFigures.STATEMENTS)
                .tag("method", "GET")
                .tag("uri", route)
                .summary();
        return summary == null ? new double[2] : new double[] {summary.totalAmount(), summary.count()};
    }

    record Pair(long id, long programId, String member) {}

    private Pair activePair() {
        return jdbc.sql("select m.id, m.program_id, mm.employee_number from mentorship m"
                        + " join mentorship_member mm on mm.mentorship = m.id"
                        + " where m.status = 'ACTIVE' order by m.id, mm.mentorship_key")
                .query((rs, i) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list()
                .get(0);
    }

    private static BinomeUser participant(String employeeNumber) {
        return TestUsers.person("member-" + employeeNumber, employeeNumber, "fr", Role.PARTICIPANT);
    }

    /**
     * Pairs of two people of the directory in the running programme, and as many sessions (with their members) in the
     * first active pair, which the pair page and its members' home list.
     */
    private List<Long> addPairs(int count) {
        var pair = activePair();
        var people = jdbc.sql("select employee_number from person order by employee_number")
                .query(String.class)
                .list();
        var now = Instant.now();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into mentorship (program_id, status, created_at, started_on, version)"
                            + " values (:program, 'ACTIVE', :now, :started, 0)")
                    .param("program", pair.programId())
                    .param("now", Timestamp.from(now))
                    .param("started", LocalDate.now().minusDays(20))
                    .update(keyHolder, "id");
            long id = keyHolder.getKey().longValue();
            ids.add(id);
            for (int k = 0; k < 2; k++) {
                jdbc.sql("insert into mentorship_member (mentorship, mentorship_key, employee_number, member_role)"
                                + " values (:id, :key, :person, :role)")
                        .param("id", id)
                        .param("key", k)
                        .param("person", people.get((2 * i + k) % people.size()))
                        .param("role", k == 0 ? "MENTOR" : "MENTEE")
                        .update();
            }
        }
        var members = jdbc.sql("select employee_number from mentorship_member where mentorship = :id")
                .param("id", pair.id())
                .query(String.class)
                .list();
        for (int i = 0; i < count; i++) {
            var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes,"
                            + " meeting_format, status, planned_by, version)"
                            + " values (:pair, :uid, :starts, 60, 'REMOTE', 'PLANNED', :by, 0)")
                    .param("pair", pair.id())
                    .param("uid", "page-statements-" + i + "-" + now.toEpochMilli())
                    .param("starts", Timestamp.from(now.minusSeconds(86_400L * (i + 1))))
                    .param("by", pair.member())
                    .update(keyHolder, "id");
            long session = keyHolder.getKey().longValue();
            for (var member : members) {
                jdbc.sql("insert into mentorship_session_member (mentorship_session, employee_number)"
                                + " values (:session, :person)")
                        .param("session", session)
                        .param("person", member)
                        .update();
            }
        }
        return ids;
    }

    private void removePairs(List<Long> ids) {
        jdbc.sql("delete from mentorship_session_member where mentorship_session in"
                        + " (select id from mentorship_session where ical_uid like 'page-statements-%')")
                .update();
        jdbc.sql("delete from mentorship_session where ical_uid like 'page-statements-%'")
                .update();
        jdbc.sql("delete from mentorship_member where mentorship in (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("delete from mentorship where id in (:ids)").param("ids", ids).update();
    }
}
