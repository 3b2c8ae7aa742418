package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ProgramRepositoryTests {

    @Autowired
    ProgramRepository programs;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    CharterRepository charters;

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
                List.of("ML00022"),
                List.of(),
                List.of("Marketing"),
                List.of("Finance"),
                true,
                true,
                1);
    }

    @Test
    void aProgrammeWithItsFaqAndTimelineIsReadBackWhole() {
        var design = DemoDesigns.minimal("Relu");
        var command = new ProgramCommand(
                design.name(),
                "But",
                List.of("Un", "Deux"),
                "",
                "",
                ProgramFormat.GROUPS,
                null,
                3,
                6,
                45,
                14,
                List.of(new DatedPhase(Phase.KICK_OFF, java.time.LocalDate.of(2027, 1, 5))),
                8,
                12,
                10,
                10,
                MatchingSettings.defaults(),
                List.of("genai", "strategy"),
                List.of("ML00001"),
                "Message",
                true,
                true,
                "Codev",
                List.of(new FaqItem("Q1 ?", "R1"), new FaqItem("Q2 ?", "R2")));
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
        var program = programs.save(Program.draft(DemoDesigns.minimal("Verrou"), Instant.now()));
        var saved =
                applications.save(Application.submit(program.id, "ML00150", command(), "v1", "texte", Instant.now()));
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
        var program = programs.save(Program.draft(DemoDesigns.minimal("Unique"), Instant.now()));
        applications.save(Application.submit(program.id, "ML00151", command(), "v1", "texte", Instant.now()));
        assertThatThrownBy(() -> applications.save(
                        Application.submit(program.id, "ML00151", command(), "v1", "texte", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void charterVersionsAreNumberedPerProgramme() {
        var program = programs.save(Program.draft(DemoDesigns.minimal("Charte"), Instant.now()));
        charters.save(CharterVersion.of(program.id, 1, "fr", "en", Instant.now(), "a"));
        charters.save(CharterVersion.of(program.id, 2, "fr2", "en2", Instant.now(), "a"));
        assertThat(charters.findFirstByProgramIdOrderByNumberDesc(program.id).orElseThrow().textFr)
                .isEqualTo("fr2");
        assertThatThrownBy(() -> charters.save(CharterVersion.of(program.id, 2, "x", "y", Instant.now(), "b")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
