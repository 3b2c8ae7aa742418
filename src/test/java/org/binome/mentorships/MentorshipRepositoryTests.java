package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The mentorship tables, queries and locks, on H2 and (second run) on PostgreSQL. A module test: mentorships with the
 * modules it uses (and communication, which implements identity's {@code AccountMessages}), no demo data: each test
 * opens its own programme.
 */
@Tag("database")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "communication")
@ActiveProfiles("test")
class MentorshipRepositoryTests {

    @Autowired
    Programs programs;

    long programme;

    @BeforeEach
    void openProgramme() {
        programme = TestProgrammes.programme().openIn(programs);
    }

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
        var pair = TestPairs.in(programme).mentors(2).start(mentorships);
        var id = pair.id();
        var mentors = pair.mentors();
        var mentee = pair.mentee();
        mentorships.kickOff(id, mentee, "Apprendre l’IA générative");
        for (var member : List.of(mentors.get(0), mentors.get(1), mentee)) {
            assertThat(repository.findByMember(member)).extracting(m -> m.id).containsExactly(id);
        }
        var saved = repository.findById(id).orElseThrow();
        assertThat(saved.people(MemberRole.MENTOR)).containsExactlyElementsOf(mentors);
        assertThat(saved.member(mentee).orElseThrow().expectations).isEqualTo("Apprendre l’IA générative");
        assertThat(saved.member(mentee).orElseThrow().charterVersion).isEqualTo(1);
    }

    @Autowired
    PairLoading pairs;

    @Test
    void aPairReadForItsPageIsThePairTheRepositoryReadsAndSavesLikeIt() {
        var pair = TestPairs.in(programme).mentors(2).start(mentorships);
        var id = pair.id();
        mentorships.kickOff(id, pair.mentee(), "Comprendre les réseaux sociaux");

        var read = pairs.byId(id).orElseThrow();
        assertThat(read)
                .usingRecursiveComparison()
                .isEqualTo(repository.findById(id).orElseThrow());
        assertThat(pairs.byId(id + 1_000_000)).isEmpty();
        var ended = TestPairs.in(programme).start(mentorships).id();
        mentorships.endEarly(ended, "admin", true, EndReason.LEAVING, "Départ de l’entreprise", true);
        assertThat(pairs.byId(ended).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(repository.findById(ended).orElseThrow());
        assertThat(pairs.byId(ended).orElseThrow().endMessage).isEqualTo("Départ de l’entreprise");

        var first = mentorships.addObjective(
                id, pair.mentor(), "Publier un post", "1 post", null, ObjectiveProgress.NOT_STARTED, null);
        var second = mentorships.addObjective(
                id, pair.mentee(), "Animer une visio", null, null, ObjectiveProgress.IN_PROGRESS, "En cours");
        assertThat(pairs.objectivesOf(List.of(id)))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(
                        objectives.findById(first).orElseThrow(),
                        objectives.findById(second).orElseThrow());

        var stale = pairs.byId(id).orElseThrow();
        read.member(pair.mentee()).orElseThrow().expectations = "Publier sur LinkedIn";
        repository.save(read);
        var saved = repository.findById(id).orElseThrow();
        assertThat(saved.member(pair.mentee()).orElseThrow().expectations).isEqualTo("Publier sur LinkedIn");
        assertThat(saved.people(MemberRole.MENTOR)).containsExactlyElementsOf(pair.mentors());
        assertThat(saved.version).isEqualTo(stale.version + 1);

        stale.rematchOffered = true;
        assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aStaleObjectiveIsNeverSavedOverANewerOne() {
        var pair = TestPairs.in(programme).start(mentorships);
        var id = pair.id();
        var mentor = pair.mentor();
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
        var pair = TestPairs.in(programme)
                .startedOn(LocalDate.now().minusDays(100))
                .start(mentorships);
        var mentor = pair.mentor();
        var mentee = pair.mentee();
        var held = heldDaysAgo(pair, 90, 3, 5);
        var session = sessions.findById(held).orElseThrow();
        assertThat(session.member(mentee).orElseThrow().rating).isEqualTo(5);
        assertThat(session.member(mentor).orElseThrow().rating).isEqualTo(3);
    }

    @Test
    void aSessionReadByItsIdIsTheSessionTheRepositoryReadsAndSavesLikeIt() {
        var pair = TestPairs.in(programme)
                .startedOn(LocalDate.now().minusDays(100))
                .start(mentorships);
        var held = mentorships.recordHeldSession(
                pair.id(),
                pair.mentor(),
                LocalDate.now()
                        .minusDays(30)
                        .atTime(LocalTime.of(9, 30))
                        .atZone(zone)
                        .toInstant(),
                45,
                MeetingFormat.IN_PERSON,
                "Salle Lumière",
                "Les outils de visio",
                "Partager son écran",
                "Animer une réunion",
                "Essayer Teams",
                4,
                3);

        var read = pairs.session(held).orElseThrow();
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringCollectionOrder()
                .isEqualTo(sessions.findById(held).orElseThrow());
        assertThat(read.members).hasSize(2);
        assertThat(read.member(pair.mentor()).orElseThrow().rating).isEqualTo(4);
        assertThat(pairs.session(held + 1_000_000)).isEmpty();

        // saved as the repository's own copy is: the members kept, the version moved on, a stale copy refused
        var stale = pairs.session(held).orElseThrow();
        read.member(pair.mentee()).orElseThrow().rating = 5;
        sessions.save(read);
        var saved = sessions.findById(held).orElseThrow();
        assertThat(saved.member(pair.mentee()).orElseThrow().rating).isEqualTo(5);
        assertThat(saved.member(pair.mentor()).orElseThrow().rating).isEqualTo(4);
        assertThat(saved.covered).isEqualTo("Les outils de visio");
        assertThat(saved.version).isEqualTo(stale.version + 1);
        stale.nextSteps = "Rien";
        assertThatThrownBy(() -> sessions.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(pairs.session(held).orElseThrow().nextSteps).isEqualTo("Essayer Teams");
    }

    @Autowired
    PairFactsLoader facts;

    @Autowired
    SessionPlanning planning;

    @Test
    void aPairsOutlineCountedInTheDatabaseIsTheOutlineOfItsSessionsAndObjectives() {
        var pair =
                TestPairs.in(programme).startedOn(LocalDate.now().minusDays(60)).start(mentorships);
        var earlier = heldDaysAgo(pair, 40, 4, 4);
        var latest = heldDaysAgo(pair, 10, 4, 4);
        var cancelled = plannedInDays(pair.id(), pair.mentor(), 3, MeetingFormat.REMOTE, "https://visio.example.org/b");
        var next = plannedInDays(pair.id(), pair.mentee(), 9, MeetingFormat.IN_PERSON, "Salle Lumière");
        plannedInDays(pair.id(), pair.mentor(), 20, MeetingFormat.REMOTE, "https://visio.example.org/c");
        planning.cancel(
                pairs.byId(pair.id()).orElseThrow(), pairs.session(cancelled).orElseThrow(), pair.mentor());
        mentorships.addObjective(
                pair.id(), pair.mentee(), "Animer une visio", "Deux réunions", null, ObjectiveProgress.REACHED, null);
        mentorships.addObjective(
                pair.id(), pair.mentee(), "Écrire un prompt", "Un essai", null, ObjectiveProgress.IN_PROGRESS, null);

        var m = pairs.byId(pair.id()).orElseThrow();
        var outline = facts.outline(m);

        // the figures the session and objective pages show above their content, without reading the sessions
        assertThat(outline.lastSessionAt())
                .isEqualTo(pairs.session(latest).orElseThrow().startsAt)
                .isAfter(pairs.session(earlier).orElseThrow().startsAt);
        assertThat(outline.nextSessionAt()).isEqualTo(pairs.session(next).orElseThrow().startsAt);
        assertThat(outline.objectives().reached()).isEqualTo(1);
        assertThat(outline.objectives().total()).isEqualTo(2);
        assertThat(outline.objectives().inProgress()).isEqualTo(1);
        assertThat(outline.sessions().held()).isEqualTo(2);
        assertThat(outline).usingRecursiveComparison().isEqualTo(facts.facts(m).outline());

        var fresh = TestPairs.in(programme).start(mentorships);
        var empty = facts.outline(pairs.byId(fresh.id()).orElseThrow());
        assertThat(empty.lastSessionAt()).isNull();
        assertThat(empty.nextSessionAt()).isNull();
        assertThat(empty.objectives().total()).isZero();
        assertThat(empty)
                .usingRecursiveComparison()
                .isEqualTo(facts.facts(empty.mentorship()).outline());
    }

    private long plannedInDays(long pair, String organizer, int days, MeetingFormat format, String placeOrLink) {
        var date = LocalDate.now().plusDays(days);
        return mentorships.planSession(
                pair, organizer, date, LocalTime.of(14, 0), LocalTime.of(15, 0), format, placeOrLink, "Agenda");
    }

    /** A session held and logged that many days ago at noon, with the mentor's and the mentee's ratings. */
    private long heldDaysAgo(TestPairs.Pair pair, int days, int mentorRating, int menteeRating) {
        return mentorships.recordHeldSession(
                pair.id(),
                pair.mentor(),
                LocalDate.now()
                        .minusDays(days)
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
                mentorRating,
                menteeRating);
    }
}
