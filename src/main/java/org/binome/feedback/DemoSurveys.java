package org.binome.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.binome.people.DemoCompanyLoaded;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo answers: the participants of the finished demo programme answered the surveys of its five moments through the
 * ordinary path ({@link Answers#submit}: stored apart from their identity, paired by the keyed hash), with response
 * rates that fall over time, so that the results pages and the impact dashboard tell a realistic story — mentees'
 * DigComp levels rising between T0 and the end, a warmer intergenerational climate, a high satisfaction, most still
 * applying a practice six months on — and that some groups stay under the thresholds. Invitations are recorded without
 * notifications and dated at each moment; its own seeded random source leaves the other modules' demo unchanged.
 */
@Component
@Profile("demo")
class DemoSurveys {

    /** When each moment happened, in days before the demo's day, and the share of participants who answered. */
    private static final Map<SurveyMoment, int[]> MOMENTS = new EnumMap<>(Map.of(
            SurveyMoment.ENROLMENT, new int[] {555, 92},
            SurveyMoment.FIRST_SESSION, new int[] {505, 85},
            SurveyMoment.MID_POINT, new int[] {440, 74},
            SurveyMoment.END, new int[] {350, 80},
            SurveyMoment.SIX_MONTHS, new int[] {170, 62}));

    private static final List<String> HOPES = List.of(
            "Me sentir plus à l’aise avec les outils collaboratifs de l’équipe.",
            "Comprendre comment les décisions se prennent dans l’entreprise.",
            "Oser utiliser LinkedIn pour présenter notre métier.",
            "Mieux connaître les autres services et leurs contraintes.",
            "Apprendre à organiser une réunion à distance qui fonctionne.",
            "Prendre du recul sur mon parcours et mes choix de carrière.");
    private static final List<String> END_COMMENTS = List.of(
            "Des échanges simples et très concrets, j’utilise maintenant Teams sans appréhension.",
            "J’ai découvert un autre regard sur mon travail, et un vrai soutien pour mon projet.",
            "Le rythme d’une séance toutes les trois semaines était idéal.",
            "J’aurais aimé plus de temps au début pour fixer nos objectifs.",
            "Mon mentor m’a appris à trier mes courriels et à partager des documents en ligne.",
            "J’ai compris comment la direction prépare ses décisions, cela m’aide au quotidien.",
            "Une belle rencontre : nous continuons à déjeuner ensemble une fois par mois.",
            "Il faudrait mieux informer les managers du temps que prend le programme.",
            "Je me sens plus légitime pour proposer des idées en réunion.",
            "Les fiches de préparation des séances étaient très utiles.",
            "Un programme à reconduire, en l’ouvrant à d’autres sites.",
            "J’ai enfin compris l’intérêt des tableaux de bord partagés.");
    private static final List<String> STILL_APPLY = List.of(
            "Je partage mes comptes rendus dans un espace commun au lieu de les envoyer par courriel.",
            "Je prépare mes entretiens avec la méthode que ma mentorée m’a montrée.",
            "J’anime mes réunions d’équipe à distance avec un tableau blanc en ligne.",
            "Je publie chaque mois une actualité de l’équipe sur LinkedIn.",
            "Je demande plus souvent l’avis de collègues d’autres services.",
            "J’utilise un gestionnaire de mots de passe, comme conseillé.",
            "Je prends le temps d’expliquer le contexte de mes décisions à mon équipe.",
            "Je vérifie la source d’une information avant de la partager.",
            "Je garde un rendez-vous mensuel avec mon ancien binôme.",
            "Je rédige mes présentations plus courtes et plus visuelles.",
            "Je classe mes fichiers dans l’espace partagé de l’équipe.");

    private final Programs programs;
    private final SurveyInvitations invitations;
    private final Answers answers;
    private final JdbcClient jdbc;

    DemoSurveys(Programs programs, SurveyInvitations invitations, Answers answers, JdbcClient jdbc) {
        this.programs = programs;
        this.invitations = invitations;
        this.answers = answers;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(70)
    void load(DemoCompanyLoaded context) {
        var programme = programs.findAll().stream()
                .filter(p -> p.name().equals(DemoCompanyLoaded.FINISHED_PROGRAMME))
                .findFirst();
        if (programme.isEmpty()) {
            return;
        }
        long programId = programme.get().id();
        var random = new Random(2026);
        var today = context.today();
        var startLevels = new HashMap<String, Map<String, Integer>>();
        for (var role : ParticipantRole.values()) {
            for (var applicant : programs.acceptedApplicants(programId, role)) {
                var person = applicant.employeeNumber();
                // a few people answer little; most answer most moments
                int keenness = random.nextInt(100) < 15 ? -30 : 0;
                for (var moment : MOMENTS.keySet()) {
                    var when = MOMENTS.get(moment);
                    var sent = today.minusDays(when[0]);
                    boolean responds = random.nextInt(100) < when[1] + keenness;
                    for (long id : invitations.recordQuietly(moment, programId, person, role, today)) {
                        if (responds) {
                            answer(id, person, role, moment, random, startLevels);
                        }
                        backdate(id, sent, responds ? sent.plusDays(1 + random.nextInt(9)) : null);
                    }
                }
            }
        }
    }

    private void answer(
            long invitationId,
            String person,
            ParticipantRole role,
            SurveyMoment moment,
            Random random,
            Map<String, Map<String, Integer>> startLevels) {
        var invitation = answers.ownInvitation(invitationId, person);
        var given = new HashMap<Long, List<String>>();
        for (var q : answers.questionsFor(invitation)) {
            var value = value(q, person, role, moment, random, startLevels);
            if (!value.isEmpty()) {
                given.put(q.id(), value);
            }
        }
        answers.submit(invitationId, person, given);
    }

    private static List<String> value(
            SurveyDraft.Question q,
            String person,
            ParticipantRole role,
            SurveyMoment moment,
            Random random,
            Map<String, Map<String, Integer>> startLevels) {
        boolean after = moment == SurveyMoment.END || moment == SurveyMoment.SIX_MONTHS;
        return switch (q.kind()) {
            case AGREEMENT -> {
                int base = switch (q.measure()) {
                    // the climate warms up over the programme; juniors' intent to stay a little higher at the end
                    case CLIMATE -> after ? 4 : 3;
                    case INTENT_TO_STAY -> after ? 4 : 3;
                    default -> 4;
                };
                int spread = random.nextInt(10);
                int value = spread < 2 ? base - 1 : spread < 7 ? base : base + 1;
                yield List.of(String.valueOf(Math.max(1, Math.min(5, value))));
            }
            case RECOMMENDATION -> {
                int spread = random.nextInt(20);
                yield List.of(String.valueOf(
                        spread < 2
                                ? 5 + random.nextInt(2)
                                : spread < 7 ? 7 + random.nextInt(2) : 9 + random.nextInt(2)));
            }
            case DIGCOMP_LEVEL -> {
                var levels = startLevels.computeIfAbsent(person, p -> new HashMap<>());
                var area = q.area() == null ? "none" : q.area().code();
                if (!after || !levels.containsKey(area)) {
                    // safety and content creation start lower than communication
                    int start = area.equals("communication")
                            ? 2
                            : area.equals("information") ? 1 + random.nextInt(2) : 1 + (random.nextInt(4) == 0 ? 1 : 0);
                    levels.put(area, start);
                    yield List.of(String.valueOf(start));
                }
                int gain = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
                yield List.of(String.valueOf(Math.min(DigitalArea.LEVELS, levels.get(area) + gain)));
            }
            case SINGLE -> {
                // options are written from the best to the worst: most people pick the first
                int n = q.options().size();
                int pick = random.nextInt(100);
                int index = pick < 62 ? 0 : pick < 88 ? Math.min(1, n - 1) : n - 1;
                yield List.of(q.options().get(index).code());
            }
            case MULTIPLE -> {
                var chosen = new ArrayList<String>();
                for (var option : q.options()) {
                    if (random.nextInt(100) < 45) {
                        chosen.add(option.code());
                    }
                }
                if (chosen.isEmpty()) {
                    chosen.add(
                            q.options().get(random.nextInt(q.options().size())).code());
                }
                yield chosen;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                if (!q.required() && random.nextInt(100) < 30) {
                    yield List.of();
                }
                var pool = q.measure() == Measure.HOPES
                        ? HOPES
                        : moment == SurveyMoment.SIX_MONTHS ? STILL_APPLY : END_COMMENTS;
                yield List.of(pool.get(random.nextInt(pool.size())));
            }
        };
    }

    private void backdate(long invitationId, LocalDate sent, LocalDate answered) {
        jdbc.sql("update feedback_invitation set sent_on = :sent, closes_on = :closes, answered_on = :answered"
                        + " where id = :id")
                .param("sent", sent)
                .param("closes", sent.plusDays(21))
                .param("answered", answered)
                .param("id", invitationId)
                .update();
    }
}
