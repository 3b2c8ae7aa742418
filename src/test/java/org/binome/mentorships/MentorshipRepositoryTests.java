package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.binome.mentorships.MentorshipTesting.PROGRAMME;
import static org.binome.mentorships.MentorshipTesting.person;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;

/** The mentorship tables, queries and locks, on H2 and (second run) on PostgreSQL. */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class MentorshipRepositoryTests {

    /** The installation's time zone, as the application reads and writes local times. */
    @Autowired
    java.time.ZoneId zone;

    @Autowired
    Mentorships mentorships;

    @Autowired
    MentorshipRepository repository;

    @Autowired
    ObjectiveRepository objectives;

    @Autowired
    MentorshipSessionRepository sessions;

    @Test
    void aMentorshipIsFoundThroughEachOfItsMembersWithItsKickOffAnswers() {
        var mentors = List.of(person(), person());
        var mentee = person();
        var id = mentorships.start(PROGRAMME, mentors, List.of(mentee));
        mentorships.kickOff(id, mentee, "Apprendre l’IA générative");
        for (var member : List.of(mentors.get(0), mentors.get(1), mentee)) {
            assertThat(repository.findByMember(member)).extracting(m -> m.id).containsExactly(id);
        }
        var saved = repository.findById(id).orElseThrow();
        assertThat(saved.people(MemberRole.MENTOR)).containsExactlyElementsOf(mentors);
        assertThat(saved.member(mentee).orElseThrow().expectations).isEqualTo("Apprendre l’IA générative");
        assertThat(saved.member(mentee).orElseThrow().charterVersion).isEqualTo(1);
    }

    @Test
    void aStaleObjectiveIsNeverSavedOverANewerOne() {
        var mentor = person();
        var id = mentorships.start(PROGRAMME, List.of(mentor), List.of(person()));
        var objectiveId =
                mentorships.addObjective(id, mentor, "Objectif", null, null, ObjectiveProgress.NOT_STARTED, null);
        var first = objectives.findById(objectiveId).orElseThrow();
        var second = objectives.findById(objectiveId).orElseThrow();
        first.progress = ObjectiveProgress.IN_PROGRESS;
        objectives.save(first);
        second.progress = ObjectiveProgress.REACHED;
        assertThatThrownBy(() -> objectives.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(objectives.findById(objectiveId).orElseThrow().progress).isEqualTo(ObjectiveProgress.IN_PROGRESS);
    }

    @Test
    void sessionsKeepTheirMembersRatings() {
        var mentor = person();
        var mentee = person();
        var id = mentorships.startOn(
                PROGRAMME, List.of(mentor), List.of(mentee), LocalDate.now().minusDays(100));
        var held = mentorships.recordHeldSession(
                id,
                mentor,
                LocalDate.now()
                        .minusDays(90)
                        .atTime(LocalTime.NOON)
                        .atZone(zone)
                        .toInstant(),
                60,
                MeetingFormat.REMOTE,
                "https://visio.example.org/a",
                "Sujets",
                "Appris",
                "Appris en retour",
                null,
                3,
                5);
        var session = sessions.findById(held).orElseThrow();
        assertThat(session.member(mentee).orElseThrow().rating).isEqualTo(5);
        assertThat(session.member(mentor).orElseThrow().rating).isEqualTo(3);
    }
}
