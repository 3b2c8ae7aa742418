package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.binome.people.DemoCompanyLoaded;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The finished demo programme's pairs, so that its engagement figures tell the story its survey answers tell: each
 * accepted mentor paired with an accepted mentee at the kick-off about a year and a half ago, meeting about every three
 * weeks (some more, some less) and logging what each side learned, most pairs completed at the programme's closing,
 * and a few ended early, each for a stated reason (not a good match, schedules, a new role, needs met early). Its own
 * seeded random source, so the running programme's demo stays as it was; the feedback module's demo (order 70) seeds
 * the surveys, which already ask everyone, so the events of these pairs invite nobody again.
 */
@Component
@Profile("demo")
class DemoFinishedMentorships {

    /** Days before the demo's day: the programme's kick-off and its closing (see the programmes demo). */
    private static final int KICK_OFF = 530;

    private static final int CLOSING = 350;

    /** Pairs that ended early: pair index, sessions held, days before the demo's day, reason, message. */
    private record EarlyEnd(int pair, int sessions, int daysAgo, EndReason reason, String message) {}

    private static final List<EarlyEnd> EARLY_ENDS = List.of(
            new EarlyEnd(
                    3,
                    2,
                    480,
                    EndReason.NOT_A_MATCH,
                    "Nos attentes étaient trop éloignées ; merci pour ces deux échanges sincères."),
            new EarlyEnd(9, 4, 430, EndReason.SCHEDULES, "Mes déplacements en usine ne me laissent plus de créneau."),
            new EarlyEnd(15, 5, 400, EndReason.ROLE_CHANGE, "Je change de poste et de site à la rentrée."),
            new EarlyEnd(20, 6, 385, EndReason.NEEDS_MET, "Nous avons atteint nos objectifs plus tôt que prévu."));

    private static final String[][] TOPICS = {
        {
            "Prise en main de Teams : canaux, conversations et partage de documents.",
            "Créer un canal d’équipe et y déposer les comptes rendus.",
            "Comment la direction prépare un comité d’investissement."
        },
        {
            "Profil LinkedIn : photo, résumé, premières publications.",
            "Publier un premier post sur un projet de l’équipe.",
            "Les codes implicites des réunions de direction."
        },
        {
            "Réunions à distance qui fonctionnent : ordre du jour, tableau blanc en ligne.",
            "Animer la réunion d’équipe du lundi avec un tableau blanc.",
            "Négocier un budget avec les achats."
        },
        {
            "Sécurité : mots de passe, double authentification, hameçonnage.",
            "Installer un gestionnaire de mots de passe.",
            "Construire son réseau interne au-delà de son service."
        },
        {
            "Tableaux de bord partagés : lire et filtrer les données de l’équipe.",
            "Remplacer le tableau envoyé par courriel par un tableau partagé.",
            "Préparer un entretien annuel avec son manager."
        }
    };

    private final Programs programs;
    private final Mentorships mentorships;
    private final ZoneId zone;

    DemoFinishedMentorships(Programs programs, Mentorships mentorships, ZoneId timeZone) {
        this.programs = programs;
        this.mentorships = mentorships;
        this.zone = timeZone;
    }

    @EventListener
    @Order(52)
    void load(DemoCompanyLoaded context) {
        var finished = programs.findAll().stream()
                .filter(p -> p.name().equals(DemoCompanyLoaded.FINISHED_PROGRAMME))
                .findFirst()
                .orElse(null);
        if (finished == null) {
            return;
        }
        var mentors = programs.acceptedApplicants(finished.id(), ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .sorted()
                .toList();
        var mentees = programs.acceptedApplicants(finished.id(), ParticipantRole.MENTEE).stream()
                .map(ApplicationView::employeeNumber)
                .sorted()
                .toList();
        var random = new Random(2031);
        var today = context.today();
        var closing = today.minusDays(CLOSING);
        for (int i = 0; i < Math.min(mentors.size(), mentees.size()); i++) {
            int pairIndex = i;
            var mentor = mentors.get(i);
            var mentee = mentees.get(i);
            var startedOn = today.minusDays(KICK_OFF - random.nextInt(6));
            long id = mentorships.startOn(finished.id(), List.of(mentor), List.of(mentee), startedOn);
            mentorships.kickOff(id, mentor, "Partager mes usages numériques et découvrir le métier de mon binôme.");
            mentorships.kickOff(
                    id, mentee, "Gagner en aisance avec les outils collaboratifs, et transmettre en retour.");
            var early = EARLY_ENDS.stream().filter(e -> e.pair() == pairIndex).findFirst();
            // a few pairs meet less often; most about every three weeks until the closing
            int every = random.nextInt(5) == 0 ? 35 : 18 + random.nextInt(8);
            int limit = early.map(EarlyEnd::sessions).orElse(Integer.MAX_VALUE);
            var last = early.map(e -> today.minusDays(e.daysAgo())).orElse(closing);
            var day = startedOn.plusDays(5 + random.nextInt(5));
            int held = 0;
            while (held < limit && day.isBefore(last)) {
                held(id, held % 3 == 2 ? mentee : mentor, day, TOPICS[(pairIndex + held) % TOPICS.length], random);
                held++;
                day = day.plusDays(every + random.nextInt(7) - 3);
            }
            if (early.isPresent()) {
                var end = early.get();
                mentorships.endEarlyOn(id, pairIndex % 2 == 0 ? mentor : mentee, end.reason(), end.message(), last);
            } else {
                mentorships.completeOn(id, mentor, closing);
            }
        }
    }

    private void held(long id, String organizer, LocalDate day, String[] topic, Random random) {
        Instant start = day.atTime(12, 30).atZone(zone).toInstant();
        var format = random.nextInt(3) == 0 ? MeetingFormat.REMOTE : MeetingFormat.IN_PERSON;
        mentorships.recordHeldSession(
                id,
                organizer,
                start,
                random.nextInt(4) == 0 ? 90 : 60,
                format,
                format == MeetingFormat.REMOTE ? "https://visio.maison-lumiere.fr/binome-" + id : "Espace café",
                topic[0],
                topic[1],
                topic[2],
                "Essayer entre deux séances et en reparler la prochaine fois.",
                3 + random.nextInt(3),
                random.nextInt(6) == 0 ? 3 : 4 + random.nextInt(2));
    }
}
