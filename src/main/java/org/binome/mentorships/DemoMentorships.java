package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.binome.matching.Matching;
import org.binome.people.DemoCompanyLoaded;
import org.binome.programs.ProgramStatus;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The running programme's pairs at every stage: just started, kicked off with objectives, meeting and logging what
 * each side learned, one stalled, one completed, one ended early, and one group ("mentorat collectif"). They are exactly
 * the proposals the matching demo recorded as accepted (so no pair sits inside one reporting line, and the matching
 * page shows the same pairs). The demo mentor (Inès Benali) and mentee (Bernard Lefèvre) form an active pair with
 * objectives, a logged session and a next one planned.
 */
@Component
@Profile("demo")
class DemoMentorships {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoMentorships.class);
    private final Programs programs;
    private final Mentorships mentorships;
    private final Matching matching;
    private final ZoneId zone;

    DemoMentorships(Programs programs, Mentorships mentorships, Matching matching, ZoneId timeZone) {
        this.programs = programs;
        this.mentorships = mentorships;
        this.matching = matching;
        this.zone = timeZone;
    }

    @EventListener
    @Order(50)
    void load(DemoCompanyLoaded context) {
        var running = programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .findFirst()
                .orElse(null);
        if (running == null) {
            return;
        }
        // Exactly the pairs and the group the matching demo recorded as accepted, so that both pages agree; the demo
        // mentor and mentee's pair first, as the most complete one.
        var accepted = new ArrayList<>(matching.acceptedProposals(running.id()));
        accepted.sort(Comparator.comparing((Matching.AcceptedProposal p) -> !isDemoPair(p)));
        var today = context.today();
        int stage = 0;
        for (var proposal : accepted) {
            if (proposal.mentors().size() == 1 && proposal.mentees().size() == 1) {
                stage(
                        stage++,
                        running.id(),
                        proposal.mentors().get(0),
                        proposal.mentees().get(0),
                        today);
            } else {
                group(running.id(), proposal.mentors(), proposal.mentees(), today);
            }
        }
        if (accepted.isEmpty()) {
            log.info("Demo mentorships: the matching demo recorded no accepted proposal, so no pair is opened");
        }
    }

    private static boolean isDemoPair(Matching.AcceptedProposal proposal) {
        return proposal.mentors().equals(List.of(DemoCompanyLoaded.YOUNG_MENTOR))
                && proposal.mentees().equals(List.of(DemoCompanyLoaded.SENIOR_MENTEE));
    }

    private void stage(int stage, long programId, String mentor, String mentee, LocalDate today) {
        switch (stage) {
            case 0 -> {
                var id = started(programId, mentor, mentee, today.minusDays(75), true);
                objectives(id, mentee, today, 3);
                held(id, mentor, today.minusDays(45), true);
                held(id, mentor, today.minusDays(14), true);
                mentorships.planSession(
                        id,
                        mentor,
                        today.plusDays(6),
                        LocalTime.of(12, 30),
                        LocalTime.of(13, 30),
                        MeetingFormat.IN_PERSON,
                        "Lyon – salle Lumière, 3e étage",
                        "Préparer le premier post LinkedIn de Bernard ; retour sur l’essai de Copilot.");
                mentorships.writeNote(
                        id,
                        mentor,
                        "Bernard apprend vite quand on part d’un cas réel de son équipe : garder ce format.",
                        false);
                mentorships.writeNote(
                        id,
                        mentee,
                        "Idées de sujets : tableau de bord qualité, veille concurrentielle, présentation au comité.",
                        true);
            }
            case 1 -> started(programId, mentor, mentee, today.minusDays(3), false);
            case 2 -> {
                var id = started(programId, mentor, mentee, today.minusDays(10), true);
                objectives(id, mentor, today, 2);
                plan(id, mentor, today.plusDays(9), MeetingFormat.REMOTE);
            }
            case 3, 4, 5, 6 -> {
                var id = started(programId, mentor, mentee, today.minusDays(70), true);
                objectives(id, stage % 2 == 0 ? mentor : mentee, today, 2 + stage % 2);
                held(id, mentor, today.minusDays(50 - stage), true);
                held(id, mentee, today.minusDays(22 - stage), true);
                plan(
                        id,
                        mentor,
                        today.plusDays(2 + stage),
                        stage % 2 == 0 ? MeetingFormat.IN_PERSON : MeetingFormat.REMOTE);
            }
            case 7 -> {
                // Stalled: nothing since a first meeting long ago, and no objective written.
                var id = started(programId, mentor, mentee, today.minusDays(80), true);
                held(id, mentor, today.minusDays(72), true);
            }
            case 8 -> {
                var id = started(programId, mentor, mentee, today.minusDays(75), true);
                objectives(id, mentor, today, 2);
                held(id, mentor, today.minusDays(60), true);
                held(id, mentor, today.minusDays(40), true);
                held(id, mentee, today.minusDays(20), true);
                mentorships.complete(id, mentor, false);
            }
            case 9 -> {
                var id = started(programId, mentor, mentee, today.minusDays(70), true);
                held(id, mentor, today.minusDays(55), true);
                mentorships.endEarly(
                        id,
                        mentee,
                        false,
                        EndReason.SCHEDULES,
                        "Mes déplacements ne me laissent plus de créneau, merci pour ces échanges.",
                        true);
            }
            case 10 -> {
                // The last session took place but nobody logged it yet.
                var id = started(programId, mentor, mentee, today.minusDays(20), true);
                objectives(id, mentee, today, 2);
                held(id, mentor, today.minusDays(6), false);
            }
            default -> {
                // The other young pairs: kicked off three weeks ago, objectives written, meeting at their rhythm.
                var id = started(programId, mentor, mentee, today.minusDays(20), true);
                objectives(id, stage % 2 == 0 ? mentor : mentee, today, 2);
                held(id, mentor, today.minusDays(8 + stage % 4), true);
                plan(
                        id,
                        mentor,
                        today.plusDays(3 + stage % 9),
                        stage % 2 == 0 ? MeetingFormat.REMOTE : MeetingFormat.IN_PERSON);
            }
        }
    }

    private void group(long programId, List<String> mentors, List<String> mentees, LocalDate today) {
        var id = mentorships.startOn(programId, mentors, mentees, today.minusDays(40));
        var mentor = mentors.get(0);
        mentors.forEach(m -> mentorships.kickOff(id, m, "Animer un groupe où chacun repart avec un usage concret."));
        mentees.forEach(m -> mentorships.kickOff(id, m, "Comprendre les réseaux sociaux et l’IA générative."));
        objectives(id, mentor, today, 2);
        held(id, mentor, today.minusDays(14), true);
        plan(id, mentor, today.plusDays(10), MeetingFormat.REMOTE);
    }

    private long started(long programId, String mentor, String mentee, LocalDate on, boolean kickedOff) {
        var id = mentorships.startOn(programId, List.of(mentor), List.of(mentee), on);
        if (kickedOff) {
            mentorships.kickOff(id, mentor, "Transmettre mes usages numériques et découvrir le métier de mon binôme.");
            mentorships.kickOff(
                    id, mentee, "Gagner en aisance avec les outils numériques et partager mon expérience en retour.");
        }
        return id;
    }

    private static final String[][] OBJECTIVES = {
        {"Publier un premier post LinkedIn", "Le post est en ligne et a reçu des réactions", "REACHED"},
        {
            "Utiliser une IA générative pour préparer une réunion",
            "Deux comptes rendus préparés avec l’outil",
            "IN_PROGRESS"
        },
        {"Comprendre les codes de la relation client", "Présenter un cas client en comité", "NOT_STARTED"}
    };

    private void objectives(long id, String author, LocalDate today, int count) {
        for (int i = 0; i < Math.min(count, OBJECTIVES.length); i++) {
            mentorships.addObjective(
                    id,
                    author,
                    OBJECTIVES[i][0],
                    OBJECTIVES[i][1],
                    today.plusDays(30L * (i + 1)),
                    ObjectiveProgress.valueOf(OBJECTIVES[i][2]),
                    i == 1 ? "Premier essai concluant." : null);
        }
    }

    private void held(long id, String organizer, LocalDate day, boolean logged) {
        Instant start = day.atTime(12, 30).atZone(zone).toInstant();
        mentorships.recordHeldSession(
                id,
                organizer,
                start,
                60,
                MeetingFormat.IN_PERSON,
                "Salle de réunion",
                logged ? "Tour d’horizon des outils collaboratifs et d’un cas concret de l’équipe." : null,
                logged ? "Créer un canal d’équipe et y partager un document." : null,
                logged ? "Comment un comité de direction arbitre entre projets." : null,
                logged ? "Essayer l’outil avec l’équipe avant la prochaine séance." : null,
                4,
                5);
    }

    private void plan(long id, String organizer, LocalDate day, MeetingFormat format) {
        mentorships.planSession(
                id,
                organizer,
                day,
                LocalTime.of(12, 30),
                LocalTime.of(13, 30),
                format,
                format == MeetingFormat.REMOTE
                        ? "https://visio.maison-lumiere.fr/binome-" + id
                        : "Espace café, 1er étage",
                "Point sur les objectifs et démonstration d’un nouvel outil.");
    }
}
