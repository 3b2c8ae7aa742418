package org.binome.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.binome.people.DemoCompanyLoaded;
import org.binome.shared.RuleViolation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalogue of personal data against the real schema (read from INFORMATION_SCHEMA, on H2 and PostgreSQL): every
 * table is declared by exactly one module; the export holds the person's own data and no one else's private note; an
 * erasure leaves no identifying value anywhere.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnableScenarios
class PersonalDataCatalogueTests {

    @Autowired
    List<PersonalData> holders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataExports exports;

    @Autowired
    Erasures erasures;

    @Autowired
    ErasureRegister register;

    @Autowired
    NoteEncryption encryption;

    @Test
    void everyTableOfTheSchemaIsDeclaredByExactlyOneModule() {
        var declared = new TreeMap<String, List<String>>();
        holders.forEach(h -> h.tables()
                .forEach(t -> declared.computeIfAbsent(t.name(), k -> new ArrayList<>())
                        .add(h.module())));
        var actual = tables();

        var missing = new TreeSet<>(actual);
        missing.removeAll(declared.keySet());
        var stale = new TreeSet<>(declared.keySet());
        stale.removeAll(actual);
        var twice = declared.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();

        assertThat(missing)
                .as(
                        "Tables nobody classified for privacy. For each, add one line to tables() of the owning module's"
                                + " PersonalData bean (e.g. org.binome.<module>.<Module>PersonalData; a new module adds that"
                                + " one class, see README > Privacy > Plugging a module in): Table.notPersonal(\"%s\", why),"
                                + " Table.deleted(..., personColumns...), Table.pseudonymised(...) or Table.technical(...),"
                                + " and export/erase its rows in export() and erase()",
                        missing.isEmpty() ? "" : missing.first())
                .isEmpty();
        assertThat(stale)
                .as("Tables declared in a PersonalData.tables() that the schema no longer has: remove them")
                .isEmpty();
        assertThat(twice)
                .as("Tables declared by two modules: keep the owner's line only")
                .isEmpty();
    }

    @Test
    void everyDeclaredPersonColumnExists() {
        var columns = columns();
        var wrong = new ArrayList<String>();
        holders.forEach(h -> h.tables()
                .forEach(t -> t.personColumns().forEach(c -> {
                    if (!columns.getOrDefault(t.name(), Map.of()).containsKey(c)) {
                        wrong.add(h.module() + ": " + t.name() + "." + c);
                    }
                })));
        assertThat(wrong)
                .as("person columns declared but absent from the schema")
                .isEmpty();
    }

    @Test
    void theExportHoldsTheirOwnNotesAndDataButNoOneElsesPrivateNote() {
        var mentor = DemoCompanyLoaded.YOUNG_MENTOR;
        var export = exports.gather(mentor);
        var text = export.toString();

        var ownPrivate = jdbc
                .sql("select body from mentorship_note where author = ? and shared = false")
                .param(mentor)
                .query(String.class)
                .list()
                .stream()
                .map(encryption::decrypt)
                .toList();
        var othersPrivate = jdbc
                .sql("select body from mentorship_note where author <> ? and shared = false"
                        + " and mentorship_id in (select mentorship from mentorship_member where employee_number = ?)")
                .params(mentor, mentor)
                .query(String.class)
                .list()
                .stream()
                .map(encryption::decrypt)
                .toList();
        assertThat(ownPrivate).isNotEmpty();
        ownPrivate.forEach(body -> assertThat(text).contains(body));
        othersPrivate.forEach(body -> assertThat(text).doesNotContain(body));

        // Every personal table holding a row about the person gives a non-empty part of the export.
        for (var holder : holders) {
            for (var table : holder.tables()) {
                if (table.treatment() == PersonalData.Treatment.NOT_PERSONAL
                        || table.treatment() == PersonalData.Treatment.TECHNICAL
                        || !table.personColumns().contains("employee_number")) {
                    continue;
                }
                var rows = jdbc.sql("select count(*) from " + table.name() + " where employee_number = ?")
                        .param(mentor)
                        .query(Integer.class)
                        .single();
                if (rows > 0) {
                    assertThat(export.modules().get(holder.module()))
                            .as(
                                    "%s holds %d rows about the person in %s, but its export is empty",
                                    holder.module(), rows, table.name())
                            .anySatisfy(part -> assertThat(part.rows()).isNotEmpty());
                }
            }
        }
        assertThat(export.modules().get("people"))
                .anySatisfy(p -> assertThat(p.rows()).hasSize(1));
    }

    @Test
    void erasureOfSomeoneInARunningPairIsRefusedUnlessTheirPairsEndFirst() {
        // Someone of another running pair than the one the erasure test ends.
        var mentee = jdbc.sql("select min(mm.employee_number) from mentorship_member mm join mentorship m"
                        + " on m.id = mm.mentorship where m.status = 'ACTIVE' and mm.employee_number not in (?, ?)")
                .params(DemoCompanyLoaded.YOUNG_MENTOR, DemoCompanyLoaded.SENIOR_MENTEE)
                .query(String.class)
                .single();
        assertThat(erasures.obstacles(mentee)).contains("mentorships.privacy.activePair");
        var before = snapshot(mentee);

        assertThatThrownBy(() -> erasures.erase(mentee, false, "admin", Erasures.Reason.REQUEST))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(e.key()).isEqualTo("mentorships.privacy.activePair");
                });
        assertThat(snapshot(mentee)).isEqualTo(before);
        assertThat(register.running(mentee)).isFalse();
    }

    @Test
    void erasureOfSomeoneInARunningCircleIsRefusedUnlessTheyLeaveItFirstAndTheCircleKeepsItsCount() {
        var member = jdbc.sql("select min(c.employee_number) from circle_member c where c.left_at is null"
                        + " and c.employee_number not in (?, ?) and not exists (select 1 from mentorship_member mm"
                        + " join mentorship m on m.id = mm.mentorship where mm.employee_number = c.employee_number"
                        + " and m.status in ('ACTIVE', 'PROPOSED'))")
                .params(DemoCompanyLoaded.YOUNG_MENTOR, DemoCompanyLoaded.SENIOR_MENTEE)
                .query(String.class)
                .single();
        assertThat(member).as("a demo circle member outside any pair").isNotNull();
        var circle = jdbc.sql("select circle_id from circle_member where employee_number = ? and left_at is null")
                .param(member)
                .query(Long.class)
                .list()
                .get(0);
        var membersBefore = circleMembers(circle);
        assertThat(erasures.obstacles(member)).containsExactly("training.privacy.activeCircle");
        // the demo's own events (a pair ended at start-up sends its end survey) settle before the comparison
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> eventsInFlightSince(new java.sql.Timestamp(0)) == 0);
        var before = snapshot(member);

        assertThatThrownBy(() -> erasures.erase(member, false, "admin", Erasures.Reason.REQUEST))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(e.key()).isEqualTo("training.privacy.activeCircle");
                });
        assertThat(snapshot(member)).isEqualTo(before);
        assertThat(register.running(member)).isFalse();

        var pseudonym = erasures.erase(member, true, "admin", Erasures.Reason.REQUEST);

        assertThat(circleMembers(circle)).as("the circle's count stays").isEqualTo(membersBefore);
        assertThat(jdbc.sql("select count(*) from circle_member where circle_id = ? and employee_number = ?"
                                + " and left_at is not null")
                        .params(circle, pseudonym)
                        .query(Long.class)
                        .single())
                .as("they left the circle under their pseudonym")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from circle_member where employee_number = ?")
                        .param(member)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long circleMembers(long circle) {
        return jdbc.sql("select count(*) from circle_member where circle_id = ?")
                .param(circle)
                .query(Long.class)
                .single();
    }

    @Test
    void exportWhileAnErasureRunsIsRefused() {
        var person = jdbc.sql("select min(employee_number) from person where status = 'ACTIVE'"
                        + " and employee_number not in (?, ?)")
                .params(DemoCompanyLoaded.YOUNG_MENTOR, DemoCompanyLoaded.SENIOR_MENTEE)
                .query(String.class)
                .single();
        assertThat(register.begin(person, "ANON-TEST000001", "REQUEST", "admin"))
                .isTrue();
        try {
            assertThatThrownBy(() -> exports.of(person, "admin", true))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.key()).isEqualTo("privacy.export.erasureRunning"));
            assertThatThrownBy(() -> erasures.erase(person, true, "admin", Erasures.Reason.REQUEST))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.key()).isEqualTo("privacy.erasure.running"));
        } finally {
            register.abandon("ANON-TEST000001");
        }
        assertThat(exports.of(person, "admin", true).isEmpty()).isFalse();
    }

    @Test
    void erasureLeavesNoIdentifyingValueInAnyTableAndKeepsTheCounts(Scenario scenario) throws Exception {
        var mentor = DemoCompanyLoaded.YOUNG_MENTOR;
        var identity = jdbc.sql("select username, display_name, email from user_account where employee_number = ?")
                .param(mentor)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        var email = jdbc.sql("select email from person where employee_number = ?")
                .param(mentor)
                .query(String.class)
                .single();
        var partnersNotes = jdbc.sql("select count(*) from mentorship_note where author <> ?"
                        + " and mentorship_id in (select mentorship from mentorship_member where employee_number = ?)")
                .params(mentor, mentor)
                .query(Integer.class)
                .single();
        var people = count("person");
        var members = count("mentorship_member");
        var applications = count("program_application");
        assertThat(identity.get(0)).isEqualTo("mentor");

        // The erasure's events are handled by every module after the commit: wait until none of those published since
        // is still waiting or being handled (a publication left failed by an earlier test is not this erasure's).
        var since = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
        var erased = new java.util.concurrent.atomic.AtomicReference<String>();
        scenario.stimulate(tx -> erasures.erase(mentor, true, "admin", Erasures.Reason.REQUEST))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> eventsInFlightSince(since), left -> left == 0)
                .andVerify((left, result) -> erased.set(result));
        var pseudonym = erased.get();

        var found = new ArrayList<String>();
        var contained =
                List.of(mentor, email.toLowerCase(Locale.ROOT), identity.get(1).toLowerCase(Locale.ROOT));
        columns()
                .forEach((table, columns) -> columns.forEach((column, type) -> {
                    if (!isText(type)) {
                        return;
                    }
                    for (var value : contained) {
                        var hits = jdbc.sql("select count(*) from " + table + " where lower(cast(" + column
                                        + " as varchar(100000))) like ?")
                                .param("%" + value + "%")
                                .query(Integer.class)
                                .single();
                        if (hits > 0) {
                            found.add(table + "." + column + " holds '" + value + "' (" + hits + ")");
                        }
                    }
                    var exact = jdbc.sql("select count(*) from " + table + " where cast(" + column
                                    + " as varchar(100000)) = ?")
                            .param(identity.get(0))
                            .query(Integer.class)
                            .single();
                    if (exact > 0) {
                        found.add(table + "." + column + " holds the username (" + exact + ")");
                    }
                }));
        assertThat(found).as("identifying values left after erasure").isEmpty();

        assertThat(count("person")).isEqualTo(people);
        assertThat(count("mentorship_member")).isEqualTo(members);
        assertThat(count("program_application")).isEqualTo(applications);
        assertThat(jdbc.sql("select count(*) from mentorship_member where employee_number = ?")
                        .param(pseudonym)
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from mentorship_note where author <> ?")
                        .param(pseudonym)
                        .query(Integer.class)
                        .single())
                .as("partners' notes untouched")
                .isGreaterThanOrEqualTo(partnersNotes);
        assertThat(jdbc.sql("select count(*) from mentorship m join mentorship_member mm on mm.mentorship = m.id"
                                + " where mm.employee_number = ? and m.status in ('ACTIVE', 'PROPOSED')")
                        .param(pseudonym)
                        .query(Integer.class)
                        .single())
                .as("their running pairs were ended first")
                .isZero();
        assertThat(register.erasedAs(mentor)).contains(pseudonym);
        assertThatThrownBy(() -> erasures.erase(mentor, true, "admin", Erasures.Reason.REQUEST))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.key()).isEqualTo("privacy.erasure.alreadyDone"));
    }

    private int eventsInFlightSince(java.sql.Timestamp since) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and publication_date >= ? and (status is null or status <> 'FAILED')")
                .param(since)
                .query(Integer.class)
                .single();
    }

    private String snapshot(String person) {
        return exports.gather(person).modules().toString();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static boolean isText(String type) {
        var t = type.toLowerCase(Locale.ROOT);
        return t.contains("char") || t.equals("text") || t.contains("clob");
    }

    private TreeSet<String> tables() {
        return jdbc
                .sql("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"
                        + " and table_type in ('BASE TABLE', 'TABLE')")
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, Map<String, String>> columns() {
        var columns = new TreeMap<String, Map<String, String>>();
        jdbc.sql("select lower(c.table_name), lower(c.column_name), c.data_type from information_schema.columns c"
                        + " join information_schema.tables t on t.table_name = c.table_name"
                        + " and t.table_schema = c.table_schema where lower(c.table_schema) = 'public'"
                        + " and t.table_type in ('BASE TABLE', 'TABLE')")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(
                        r -> columns.computeIfAbsent(r[0], k -> new TreeMap<>()).put(r[1], r[2]));
        return columns;
    }
}
