package org.binome.training;

import java.time.LocalTime;
import java.util.ArrayList;
import org.binome.people.DemoCompanyLoaded;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Training for the demo: the default paths in both programmes, the demo mentor (Inès Benali) through the whole mentor
 * path of the running programme, and a running codevelopment circle of five mentors facilitated by Sophie Garnier
 * (ML00021) with two sessions already held.
 */
@Component
@Profile("demo")
class DemoTraining {

    private final Programs programs;
    private final Training training;

    DemoTraining(Programs programs, Training training) {
        this.programs = programs;
        this.training = training;
    }

    @EventListener
    @Order(35)
    void load(DemoCompanyLoaded context) {
        for (var program : programs.findAll()) {
            training.installDefaultPaths(program.id());
        }
        var running = programs.findAll().stream()
                .filter(p -> p.name().equals(DemoCompanyLoaded.RUNNING_PROGRAMME))
                .findFirst()
                .map(ProgramView::id)
                .orElseThrow();
        training.recordPathCompleted(running, ParticipantRole.MENTOR, DemoCompanyLoaded.YOUNG_MENTOR);

        // Five mentors, none in another's reporting line: the demo mentor first, then the circle's suggestion.
        var members = new ArrayList<String>();
        members.add(DemoCompanyLoaded.YOUNG_MENTOR);
        var others = programs.acceptedApplicants(running, ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .filter(e -> !e.equals(DemoCompanyLoaded.YOUNG_MENTOR))
                .sorted()
                .toList();
        for (var candidate : others) {
            if (members.size() == 5) {
                break;
            }
            var trial = new ArrayList<>(members);
            trial.add(candidate);
            if (training.noReportingLineBetween(trial)) {
                members.add(candidate);
            }
        }
        var circle = training.formCircle(
                running, "Cercle Lumière", DemoCompanyLoaded.FACILITATOR, members, 4, "Paris, salle Atelier");
        var first = context.today()
                .minusWeeks(8)
                .atTime(LocalTime.of(17, 0))
                .atZone(context.zone())
                .toInstant();
        var second = context.today()
                .minusWeeks(4)
                .atTime(LocalTime.of(17, 0))
                .atZone(context.zone())
                .toInstant();
        training.recordHeldSession(
                circle,
                first,
                "Paris, salle Atelier",
                new SessionRecord(
                        null,
                        "Mon mentoré, directeur de production, décroche dès que je parle d’IA générative : il dit"
                                + " que « ce n’est pas pour l’usine ».",
                        "Je voudrais deux ou trois façons d’amener le sujet sans le braquer.",
                        "Partir d’un irritant concret de son quotidien (les comptes rendus de réunion) ; lui faire"
                                + " essayer sur son propre document ; ne pas parler d’« IA » mais du résultat.",
                        "À la prochaine rencontre, résumer avec lui un compte rendu réel ; lui laisser le clavier.",
                        "Partir du besoin plutôt que de l’outil ; accepter que la résistance soit une protection.",
                        members));
        training.recordHeldSession(
                circle,
                second,
                "Paris, salle Atelier",
                new SessionRecord(
                        "Le résumé de compte rendu a marché : il l’a refait seul et l’a montré à son équipe.",
                        "Ma mentorée annule une rencontre sur deux au dernier moment.",
                        "Comprendre ce qui se passe et savoir comment en parler sans la mettre mal à l’aise.",
                        "Proposer des rencontres plus courtes ; en parler ouvertement en rappelant la charte ;"
                                + " demander conseil à l’animatrice si cela continue.",
                        "Proposer des rencontres de 30 minutes le matin et en parler dès la prochaine fois.",
                        "Le cadre se renégocie ; parler de la relation fait partie du mentorat.",
                        members.subList(0, 4)));
        completeTrainingOfMostVolunteers(running, members);
    }

    /**
     * The running programme is past its training phase: its volunteers completed their path, except two mentors
     * outside the circle who have not finished yet, so that matching shows the training gate at work.
     */
    private void completeTrainingOfMostVolunteers(long running, java.util.List<String> circleMembers) {
        var late = programs.acceptedApplicants(running, ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .filter(e -> !e.equals(DemoCompanyLoaded.YOUNG_MENTOR) && !circleMembers.contains(e))
                .sorted()
                .limit(2)
                .toList();
        for (var role : ParticipantRole.values()) {
            for (var applicant : programs.acceptedApplicants(running, role)) {
                if (!late.contains(applicant.employeeNumber())) {
                    training.recordPathCompleted(running, role, applicant.employeeNumber());
                }
            }
        }
    }
}
