package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.binome.shared.Paging;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The programme tables and their constraints. A module test: programs with the modules it uses (and communication,
 * which implements identity's {@code AccountMessages}), the whole schema migrated, no demo data.
 */
@Tag("database")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "communication")
@ActiveProfiles("test")
class ProgramRepositoryTests {

    @Autowired
    ProgramRepository programs;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    CharterRepository charters;

    @Autowired
    Charters charterReads;

    @Autowired
    ApplicationRecords records;

    private ApplicationCommand command() {
        return new ApplicationCommand(
                ParticipantRole.MENTEE,
                "Motivation",
                Map.of("leadership", 3),
                Map.of("genai", 2),
                List.of(java.time.DayOfWeek.MONDAY),
                List.of(TimeSlot.LUNCH),
                List.of("fr", "en"),
                MeetingMode.REMOTE,
                "Lyon",
                List.of(TestPeople.person().build().employeeNumber()),
                List.of(),
                List.of("Marketing"),
                List.of("Finance"),
                true,
                true,
                1);
    }

    @Test
    void aProgrammeWithItsFaqAndTimelineIsReadBackWhole() {
        var command = TestProgrammes.programme("Relu")
                .purpose("But")
                .objectives("Un", "Deux")
                .format(ProgramFormat.GROUPS)
                .groupsOf(3, 6)
                .sessions(45, 14)
                .on(Phase.KICK_OFF, java.time.LocalDate.of(2027, 1, 5))
                .seniority(8, 12)
                .capacities(10, 10)
                .targetSkills("genai", "strategy")
                .sponsors("SP-1")
                .sponsorMessage("Message")
                .trainingRequired(true)
                .support("Codev")
                .faq(new FaqItem("Q1 ?", "R1"), new FaqItem("Q2 ?", "R2"))
                .command();
        var saved = programs.save(Program.draft(command, Instant.now()));
        var read = programs.findById(saved.id).orElseThrow().view();
        assertThat(read.objectives()).containsExactly("Un", "Deux");
        assertThat(read.faq()).extracting(FaqItem::question).containsExactly("Q1 ?", "Q2 ?");
        assertThat(read.minGroupSize()).isEqualTo(3);
        assertThat(read.date(Phase.KICK_OFF)).isEqualTo(java.time.LocalDate.of(2027, 1, 5));
        assertThat(read.matching().mandatory()).containsExactly(MatchingComponent.LANGUAGES);
    }

    @Test
    void anApplicationKeepsEveryAnswerAndTwoConcurrentChangesNeverOverwriteEachOther() {
        var program =
                programs.save(Program.draft(TestProgrammes.programme("Verrou").command(), Instant.now()));
        var applicant = TestPeople.person().build().employeeNumber();
        var saved =
                applications.save(Application.submit(program.id, applicant, command(), "v1", "texte", Instant.now()));
        var view = applications.findById(saved.id).orElseThrow().view();
        assertThat(view.wishedDepartments()).containsExactly("Marketing");
        assertThat(view.offeredSkills()).containsEntry("leadership", 3);
        assertThat(view.languages()).containsExactly("fr", "en");

        var byApplicant = applications.findById(saved.id).orElseThrow();
        var byReviewer = applications.findById(saved.id).orElseThrow();
        byReviewer.review(ApplicationStatus.ACCEPTED, "ok", "admin", Instant.now());
        applications.save(byReviewer);
        byApplicant.edit(command(), "v1", "texte", Instant.now());
        assertThatThrownBy(() -> applications.save(byApplicant)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aPersonHasOneApplicationPerProgramme() {
        var program =
                programs.save(Program.draft(TestProgrammes.programme("Unique").command(), Instant.now()));
        var applicant = TestPeople.person().build().employeeNumber();
        applications.save(Application.submit(program.id, applicant, command(), "v1", "texte", Instant.now()));
        assertThatThrownBy(() -> applications.save(
                        Application.submit(program.id, applicant, command(), "v1", "texte", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void charterVersionsAreNumberedPerProgramme() {
        var program =
                programs.save(Program.draft(TestProgrammes.programme("Charte").command(), Instant.now()));
        charters.save(CharterVersion.of(program.id, 1, "fr", "en", Instant.now(), "a"));
        charters.save(CharterVersion.of(program.id, 2, "fr2", "en2", Instant.now(), "a"));
        assertThat(charters.findByProgramIdOrderByNumberDesc(program.id).get(0).textFr)
                .isEqualTo("fr2");
        assertThatThrownBy(() -> charters.save(CharterVersion.of(program.id, 2, "x", "y", Instant.now(), "b")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Several programmes' current charters read together are each one's latest version, as read one by one. */
    @Test
    void theCurrentChartersOfSeveralProgrammesAreEachOnesLatestVersion() {
        var twice = programs.save(
                Program.draft(TestProgrammes.programme("Deux chartes").command(), Instant.now()));
        var once = programs.save(
                Program.draft(TestProgrammes.programme("Une charte").command(), Instant.now()));
        var none = programs.save(
                Program.draft(TestProgrammes.programme("Sans charte").command(), Instant.now()));
        var at = Instant.parse("2026-11-02T09:00:00Z");
        charters.save(CharterVersion.of(twice.id, 1, "fr1", "en1", at, "a"));
        charters.save(CharterVersion.of(twice.id, 3, "fr3", "en3", at.plusSeconds(120), "a"));
        charters.save(CharterVersion.of(twice.id, 2, "fr2", "en2", at.plusSeconds(60), "a"));
        charters.save(CharterVersion.of(once.id, 1, "seule", "only", at, "b"));

        var current = charterReads.current(List.of(twice.id, once.id, none.id));

        assertThat(current).containsOnlyKeys(twice.id, once.id);
        assertThat(current.get(twice.id))
                .isEqualTo(charterReads.current(twice.id))
                .isEqualTo(new CharterView(twice.id, 3, "fr3", "en3", at.plusSeconds(120)));
        assertThat(current.get(once.id)).isEqualTo(new CharterView(once.id, 1, "seule", "only", at));
        assertThat(charterReads.current(List.of())).isEmpty();
    }

    /**
     * The reviewers' list as the database filters, counts and pages it, on each database: a site given by the
     * application or, without one, its applicant's; a skill code matched whole, an underscore being only itself.
     */
    @Test
    void theReviewersListIsFilteredCountedAndPagedByTheDatabase() {
        var program = programs.save(
                Program.draft(TestProgrammes.programme("Liste filtrée").command(), Instant.now()));
        var start = Instant.parse("2026-11-02T09:00:00Z");
        var lyon = TestPeople.person().build().employeeNumber();
        var blank = TestPeople.person().build().employeeNumber();
        var paris = TestPeople.person().build().employeeNumber();
        var first = applications.save(Application.submit(
                program.id, lyon, command(ParticipantRole.MENTOR, "Lyon", "a_c"), "v1", "texte", start));
        var second = applications.save(Application.submit(
                program.id, blank, command(ParticipantRole.MENTEE, " ", "abc"), "v1", "texte", start.plusSeconds(1)));
        var third = applications.save(Application.submit(
                program.id,
                paris,
                command(ParticipantRole.MENTEE, "Paris", "abc"),
                "v1",
                "texte",
                start.plusSeconds(2)));
        third.review(ApplicationStatus.ACCEPTED, "ok", "admin", start.plusSeconds(3));
        applications.save(third);

        var any = new ApplicationRecords.ListFilter(null, null, null, null, null, null);
        assertThat(ids(program.id, any)).containsExactly(third.id, second.id, first.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter("MENTEE", null, null, null, null, null)))
                .containsExactly(third.id, second.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter(null, "ACCEPTED", null, null, null, null)))
                .containsExactly(third.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter(null, null, "a_c", null, null, null)))
                .containsExactly(first.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter(null, null, "abc", null, null, null)))
                .containsExactly(third.id, second.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter(null, null, "a", null, null, null)))
                .isEmpty();
        assertThat(ids(
                        program.id,
                        new ApplicationRecords.ListFilter(null, null, null, List.of(lyon, paris), null, null)))
                .containsExactly(third.id, first.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter(null, null, null, List.of(), null, null)))
                .isEmpty();
        assertThat(ids(
                        program.id,
                        new ApplicationRecords.ListFilter(null, null, null, null, "Lyon", List.of(blank, paris))))
                .containsExactly(second.id, first.id);
        assertThat(ids(program.id, new ApplicationRecords.ListFilter(null, null, null, null, "Paris", List.of())))
                .containsExactly(third.id);
        var beyond = records.listed(program.id, any, new Paging(5, 2));
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.paging().page()).isEqualTo(1);
        assertThat(beyond.rows()).extracting(ListedApplication::id).containsExactly(first.id);
        assertThat(beyond.rows().get(0).site()).isEqualTo("Lyon");
        assertThat(records.sitesGiven(program.id)).containsExactly("Lyon", "Paris");
    }

    private List<Long> ids(long programId, ApplicationRecords.ListFilter filter) {
        var page = records.listed(programId, filter, new Paging(0, 10));
        assertThat(page.total()).isEqualTo(page.rows().size());
        return page.rows().stream().map(ListedApplication::id).toList();
    }

    private ApplicationCommand command(ParticipantRole role, String site, String offered) {
        return new ApplicationCommand(
                role,
                "Motivation",
                Map.of(offered, 2),
                Map.of("genai", 2),
                List.of(java.time.DayOfWeek.MONDAY),
                List.of(TimeSlot.LUNCH),
                List.of("fr"),
                MeetingMode.REMOTE,
                site,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                true,
                1);
    }
}
