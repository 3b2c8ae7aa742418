package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** The training module's SQL, run on H2 and (in the build) on a real PostgreSQL. */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Transactional
class TrainingRepositoryTests {

    @Autowired
    TrainingPaths paths;

    @Autowired
    Circles circles;

    @Autowired
    HelpRequests help;

    @Autowired
    Programs programs;

    private long running() {
        return programs.findAll().stream()
                .filter(p -> p.name().startsWith("Mentorat inversé 2026"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void defaultsAreCopiedOnceAndReadBackInOrderWithTheirQuizzes() {
        var before = paths.modules(running(), ParticipantRole.MENTOR);
        paths.ensureDefaults(running());
        var after = paths.modules(running(), ParticipantRole.MENTOR);
        assertThat(after).hasSameSizeAs(before);
        var module = after.get(0);
        assertThat(module.passMark()).isEqualTo(DefaultPaths.PASS_MARK);
        assertThat(paths.correctChoices(module.id())).hasSize(module.questions().size());
        module.questions().forEach(q -> assertThat(q.choices()).hasSize(3));
    }

    @Test
    void modulesAreAddedMovedCompletedAndRemoved() {
        var id = paths.add(
                running(),
                ParticipantRole.MENTEE,
                new ModuleForm("Titre", "Title", "<p>a</p>", "<p>b</p>", "https://v.example.com/x", 5, null, null));
        var list = paths.modules(running(), ParticipantRole.MENTEE);
        assertThat(list.get(list.size() - 1).id()).isEqualTo(id);
        paths.move(id, -1);
        var moved = paths.modules(running(), ParticipantRole.MENTEE);
        assertThat(moved.get(moved.size() - 2).id()).isEqualTo(id);
        paths.complete(id, "ML09999", 80);
        paths.complete(id, "ML09999", null);
        assertThat(paths.completedBy("ML09999", running())).containsExactly(id);
        var module = paths.module(id).orElseThrow();
        paths.update(id, module.version(), new ModuleForm("T2", "T2", "<p>c</p>", "<p>d</p>", null, 6, 50, null));
        assertThatThrownBy(() -> paths.update(
                        id, module.version(), new ModuleForm("T3", "T3", "<p>c</p>", "<p>d</p>", null, 6, 50, null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.error.conflict"));
        paths.remove(id);
        assertThat(paths.module(id)).isEmpty();
        assertThat(paths.completedBy("ML09999", running())).isEmpty();
    }

    @Test
    void circlesSessionsAndHelpRequestsAreStoredAndReadBack() {
        var group = circles.suggest(running()).get(0);
        var id = circles.form(running(), "Cercle SQL", "ML00021", group.subList(0, 4), 2, "Lille");
        var held = circles.recordHeld(
                id,
                Instant.now().minus(Duration.ofDays(10)),
                null,
                new SessionRecord(null, "P", "C", "S", "A", "L", group.subList(0, 3)));
        var planned = circles.schedule(id, Instant.now().plus(Duration.ofDays(5)), "Salle 2");
        var sessions = circles.sessions(id);
        assertThat(sessions).extracting(SessionView::id).containsExactly(held, planned);
        assertThat(sessions.get(0).attendees()).hasSize(3);
        assertThat(sessions.get(1).client()).isEqualTo(group.get(1));
        assertThat(circles.previous(id, planned)).map(SessionView::actionPlan).contains("A");
        var result = circles.step(id, planned, 0, "Suivi", "next", null);
        assertThat(result.problem()).isNull();
        assertThat(result.session().followUp()).isEqualTo("Suivi");
        assertThat(circles.of("ML00021")).extracting(CircleView::id).contains(id);

        var mentor = programs.acceptedApplicants(running(), ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .filter(group.subList(0, 4)::contains)
                .findFirst()
                .orElseThrow();
        var request = help.ask(mentor, running(), HelpRequests.ADMIN, "Besoin d’aide");
        assertThat(help.visibleTo("ML00001", true))
                .extracting(HelpRequestView::id)
                .contains(request);
        help.answer(request, 0, "Réponse", "Admin");
        assertThat(help.find(request).orElseThrow().answered()).isTrue();
        assertThatThrownBy(() -> help.answer(request, 0, "Encore", "Admin"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.key()).isEqualTo("training.error.conflict"));
    }
}
