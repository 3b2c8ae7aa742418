package org.binome.programs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.binome.people.DemoCompanyLoaded;
import org.binome.people.NewPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two programmes at different stages: the 2026 digital transformation programme, running with about twenty accepted
 * mentors and twenty accepted mentees, and the 2027 generative AI programme, open for applications. Every participant
 * comes from their own (simulated) application, as in real life.
 *
 * <p>Over 400 lines: most of it is the three programmes' texts and figures, spelled as commands (main code cannot use
 * the tests' programme builder), and the simulated applications that fill them.
 */
@Component
@Profile("demo")
class DemoPrograms {

    private static final int PER_ROLE = 20;
    private static final int FINISHED_PER_ROLE = 24;
    /**
     * The pilot's departments and how many of their people took part: a cohort spread like a real pilot's, with one
     * small team (the legal department) whose figures stay under the anonymity threshold, and departments where nobody
     * took part.
     */
    private static final Map<String, Integer> FINISHED_DEPARTMENTS = Map.of(
            "Finance", 10,
            "Marketing", 9,
            "Ressources humaines", 8,
            "Commercial", 9,
            "Production", 9,
            "Juridique", 3);

    private static final List<String> DIGITAL = List.of(
            "genai", "linkedin", "social-media", "collab-tools", "data-viz", "cybersecurity", "mobile-apps", "nocode");
    private static final List<String> KNOW_HOW = List.of(
            "negotiation", "leadership", "strategy", "network", "public-speaking", "career", "project-management");

    private final Programs programs;

    DemoPrograms(Programs programs) {
        this.programs = programs;
    }

    @EventListener
    @Order(30)
    void load(DemoCompanyLoaded context) {
        var today = context.today();
        var random = context.random();
        var year = today.getYear();
        var mentors = new ArrayList<NewPerson>();
        var mentees = new ArrayList<NewPerson>();
        context.people().stream()
                .filter(p -> p.employeeNumber().equals(DemoCompanyLoaded.YOUNG_MENTOR))
                .forEach(mentors::add);
        context.people().stream()
                .filter(p -> p.employeeNumber().equals(DemoCompanyLoaded.SENIOR_MENTEE))
                .forEach(mentees::add);
        var reserved = Set.of(
                DemoCompanyLoaded.CEO,
                DemoCompanyLoaded.HR_PROGRAMME_MANAGER,
                DemoCompanyLoaded.FACILITATOR,
                DemoCompanyLoaded.YOUNG_MENTOR,
                DemoCompanyLoaded.SENIOR_MENTEE);
        for (var person : context.people()) {
            if (reserved.contains(person.employeeNumber())) {
                continue;
            }
            if (mentors.size() < PER_ROLE && person.birthYear() != null && person.birthYear() >= 1995) {
                mentors.add(person);
            } else if (mentees.size() < PER_ROLE
                    && person.careerStartYear() != null
                    && year - person.careerStartYear() >= 15
                    && isManager(person)) {
                mentees.add(person);
            }
        }

        var running = programs.create(runningDesign(today, true), "demo");
        programs.changeStatus(running.id(), ProgramStatus.OPEN, true);
        var accepted = new ArrayList<Long>();
        var charter = programs.charter(running.id()).number();
        for (var mentor : mentors) {
            accepted.add(programs.apply(
                            running.id(),
                            mentor.employeeNumber(),
                            mentorApplication(mentor, random, charter),
                            Locale.FRENCH)
                    .id());
        }
        for (var mentee : mentees) {
            accepted.add(programs.apply(
                            running.id(),
                            mentee.employeeNumber(),
                            menteeApplication(mentee, random, charter),
                            Locale.FRENCH)
                    .id());
        }
        programs.review(running.id(), accepted, ApplicationStatus.ACCEPTED, "Bienvenue dans le programme !", "admin");
        programs.changeStatus(running.id(), ProgramStatus.MATCHING, false);
        programs.changeStatus(running.id(), ProgramStatus.RUNNING, false);
        // The applications window lies in the past once the programme runs.
        programs.update(running.id(), runningDesign(today, false), "demo");

        var open = programs.create(openDesign(today), "demo");
        programs.changeStatus(open.id(), ProgramStatus.OPEN, true);
        var openCharter = programs.charter(open.id()).number();
        var used = new HashSet<String>(reserved);
        mentors.forEach(p -> used.add(p.employeeNumber()));
        mentees.forEach(p -> used.add(p.employeeNumber()));
        int newMentors = 0;
        int newMentees = 0;
        for (var person : context.people()) {
            if (used.contains(person.employeeNumber())) {
                continue;
            }
            if (newMentors < 3 && person.birthYear() != null && person.birthYear() >= 1996) {
                programs.apply(
                        open.id(),
                        person.employeeNumber(),
                        mentorApplication(person, random, openCharter),
                        Locale.FRENCH);
                newMentors++;
                used.add(person.employeeNumber());
            } else if (newMentees < 3 && person.careerStartYear() != null && year - person.careerStartYear() >= 15) {
                programs.apply(
                        open.id(),
                        person.employeeNumber(),
                        menteeApplication(person, random, openCharter),
                        Locale.FRENCH);
                newMentees++;
                used.add(person.employeeNumber());
            }
        }
        finished(context, used);
    }

    /**
     * The programme that ended about a year ago, with its own cohort (people in no other programme) and its own seeded
     * random source, so that the running and open programmes stay exactly as they were. The mentorships module seeds its
     * pairs and sessions, the feedback module its participants' survey answers.
     */
    private void finished(DemoCompanyLoaded context, Set<String> used) {
        var today = context.today();
        var random = new Random(2025);
        var finished = programs.create(finishedDesign(today, true), "demo");
        programs.changeStatus(finished.id(), ProgramStatus.OPEN, true);
        var charter = programs.charter(finished.id()).number();
        var accepted = new ArrayList<Long>();
        int mentors = 0;
        int mentees = 0;
        var perDepartment = new HashMap<String, Integer>();
        for (var person : context.people()) {
            var quota = FINISHED_DEPARTMENTS.get(person.department());
            if (used.contains(person.employeeNumber())
                    || quota == null
                    || perDepartment.getOrDefault(person.department(), 0) >= quota) {
                continue;
            }
            int before = mentors + mentees;
            if (mentors < FINISHED_PER_ROLE
                    && person.birthYear() != null
                    && person.birthYear() >= 1992
                    && (person.careerStartYear() == null || today.getYear() - person.careerStartYear() <= 10)) {
                accepted.add(programs.apply(
                                finished.id(),
                                person.employeeNumber(),
                                mentorApplication(person, random, charter),
                                Locale.FRENCH)
                        .id());
                mentors++;
            } else if (mentees < FINISHED_PER_ROLE
                    && person.careerStartYear() != null
                    && today.getYear() - person.careerStartYear() >= 15) {
                accepted.add(programs.apply(
                                finished.id(),
                                person.employeeNumber(),
                                menteeApplication(person, random, charter),
                                Locale.FRENCH)
                        .id());
                mentees++;
            }
            if (mentors + mentees > before) {
                perDepartment.merge(person.department(), 1, Integer::sum);
            }
        }
        programs.review(finished.id(), accepted, ApplicationStatus.ACCEPTED, "Bienvenue dans le programme !", "admin");
        programs.changeStatus(finished.id(), ProgramStatus.MATCHING, false);
        programs.changeStatus(finished.id(), ProgramStatus.RUNNING, false);
        programs.update(finished.id(), finishedDesign(today, false), "demo");
        programs.changeStatus(finished.id(), ProgramStatus.CLOSED, false);
    }

    private static ProgramCommand finishedDesign(LocalDate today, boolean applicationsOpenToday) {
        var timeline = timeline(today, applicationsOpenToday, -600, -590, -560, -550, -540, -530, -525, -440, -350);
        return new ProgramCommand(
                DemoCompanyLoaded.FINISHED_PROGRAMME,
                "Un premier programme pilote : faire découvrir aux managers les outils collaboratifs et les réseaux "
                        + "sociaux professionnels avec l’aide de jeunes collègues, et donner à ces derniers une vision de "
                        + "l’entreprise et de ses métiers.",
                List.of(
                        "Chaque mentoré·e progresse d’au moins un niveau dans un domaine du numérique",
                        "Satisfaction des participants d’au moins 8/10 à la clôture",
                        "Six mois après, la moitié des participants appliquent encore une pratique apprise"),
                "Partager vos usages avec simplicité et bienveillance, préparer chaque rencontre.",
                "Venir avec curiosité, fixer des objectifs concrets, partager en retour votre expérience.",
                ProgramFormat.PAIRS,
                null,
                null,
                null,
                60,
                21,
                timeline,
                10,
                15,
                FINISHED_PER_ROLE,
                FINISHED_PER_ROLE,
                MatchingSettings.defaults(),
                List.of("collab-tools", "linkedin", "social-media", "leadership", "network"),
                List.of(DemoCompanyLoaded.CEO),
                "Ce premier programme est un pari : celui que nos générations ont beaucoup à s’apprendre.",
                false,
                false,
                "",
                List.of());
    }

    /**
     * The nine phases in their order, each this many days from today (negative: in the past); or, while the demo's
     * volunteers apply, applications open today and closing tomorrow.
     */
    private static List<DatedPhase> timeline(LocalDate today, boolean applicationsOpenToday, int... days) {
        if (applicationsOpenToday) {
            return List.of(
                    new DatedPhase(Phase.APPLICATIONS_OPEN, today),
                    new DatedPhase(Phase.APPLICATIONS_CLOSE, today.plusDays(1)));
        }
        var phases = Phase.values();
        var timeline = new ArrayList<DatedPhase>();
        for (int i = 0; i < phases.length; i++) {
            timeline.add(new DatedPhase(phases[i], today.plusDays(days[i])));
        }
        return List.copyOf(timeline);
    }

    private static boolean isManager(NewPerson person) {
        var title = person.jobTitle() == null ? "" : person.jobTitle().toLowerCase(Locale.FRENCH);
        return title.startsWith("direct") || title.startsWith("responsable") || title.contains("manager");
    }

    private static ProgramCommand runningDesign(LocalDate today, boolean applicationsOpenToday) {
        var timeline = timeline(today, applicationsOpenToday, -150, -140, -110, -100, -90, -80, -75, 20, 110);
        return new ProgramCommand(
                DemoCompanyLoaded.RUNNING_PROGRAMME,
                "Accélérer la transformation digitale de Maison Lumière en faisant se rencontrer deux générations : "
                        + "nos jeunes talents partagent leurs usages numériques avec nos dirigeants, qui leur transmettent en retour "
                        + "leur expérience, leur réseau et leur connaissance de l’entreprise.",
                List.of(
                        "80 % des binômes tiennent au moins 6 rencontres en 6 mois",
                        "Chaque mentoré·e utilise au moins deux nouveaux outils numériques dans son travail",
                        "Satisfaction des participants d’au moins 8/10 à la clôture",
                        "Taux de rétention des jeunes mentors supérieur de 10 points à la moyenne"),
                "Partager vos usages avec simplicité et bienveillance, préparer chaque rencontre, respecter la charte "
                        + "et suivre la formation des mentors.",
                "Venir avec curiosité et humilité, fixer des objectifs concrets, partager en retour votre expérience "
                        + "et votre réseau, et tenir le rythme convenu.",
                ProgramFormat.PAIRS,
                null,
                null,
                null,
                60,
                21,
                timeline,
                10,
                15,
                25,
                25,
                MatchingSettings.defaults(),
                List.of("genai", "linkedin", "social-media", "collab-tools", "data-viz", "leadership", "strategy"),
                List.of(DemoCompanyLoaded.CEO),
                "J’ai moi-même un mentor de vingt-quatre ans, et j’apprends chaque mois. Je compte sur vous, dirigeants "
                        + "comme jeunes talents, pour faire de ce programme un lieu d’échange sincère, sans hiérarchie ni jugement. "
                        + "C’est ensemble que nous réussirons notre transformation.",
                true,
                true,
                "Un groupe de codéveloppement par mois pour les mentors, animé par Sophie Garnier.",
                List.of());
    }

    private static ProgramCommand openDesign(LocalDate today) {
        return new ProgramCommand(
                DemoCompanyLoaded.OPEN_PROGRAMME,
                "Faire de l’IA générative un outil du quotidien pour tous les managers, en s’appuyant sur les jeunes "
                        + "collaborateurs qui l’utilisent déjà, et leur ouvrir en retour les portes de la stratégie de l’entreprise.",
                List.of(
                        "100 % des mentoré·es ont identifié trois usages de l’IA générative dans leur métier",
                        "Au moins 30 binômes formés",
                        "Une charte d’usage de l’IA co-écrite par les binômes à mi-parcours"),
                "Montrer des usages concrets, expliquer les limites et les risques, encourager l’expérimentation.",
                "Expérimenter entre les rencontres, partager vos cas d’usage métier et votre vision stratégique.",
                ProgramFormat.PAIRS,
                null,
                null,
                null,
                45,
                14,
                timeline(today, false, -10, -5, 40, 50, 60, 70, 75, 165, 255),
                10,
                15,
                30,
                30,
                MatchingSettings.defaults(),
                List.of("genai", "nocode", "data-viz", "cybersecurity", "strategy"),
                List.of(DemoCompanyLoaded.CEO),
                "L’IA générative change déjà nos métiers. Je souhaite que chacun de nos managers sache s’en servir, et "
                        + "que nos jeunes collègues prennent toute leur place dans cette transformation.",
                true,
                true,
                "Groupes de codéveloppement mensuels pour les mentors.",
                List.of());
    }

    private static ApplicationCommand mentorApplication(NewPerson person, Random random, int charter) {
        var offered = new LinkedHashMap<String, Integer>();
        offered.put("genai", 2 + random.nextInt(3));
        offered.put(DIGITAL.get(1 + random.nextInt(DIGITAL.size() - 1)), 2 + random.nextInt(3));
        var wanted = new LinkedHashMap<String, Integer>();
        wanted.put(KNOW_HOW.get(random.nextInt(KNOW_HOW.size())), 1 + random.nextInt(3));
        return application(
                person,
                ParticipantRole.MENTOR,
                "J’aimerais partager mes usages du numérique et découvrir comment nos dirigeants prennent leurs décisions.",
                offered,
                wanted,
                random,
                charter);
    }

    private static ApplicationCommand menteeApplication(NewPerson person, Random random, int charter) {
        var offered = new LinkedHashMap<String, Integer>();
        offered.put(KNOW_HOW.get(random.nextInt(KNOW_HOW.size())), 3 + random.nextInt(2));
        var wanted = new LinkedHashMap<String, Integer>();
        wanted.put("genai", 3);
        wanted.put(DIGITAL.get(1 + random.nextInt(DIGITAL.size() - 1)), 1 + random.nextInt(3));
        return application(
                person,
                ParticipantRole.MENTEE,
                "Je veux comprendre les nouveaux usages numériques de nos clients et de nos équipes, et transmettre mon expérience.",
                offered,
                wanted,
                random,
                charter);
    }

    private static ApplicationCommand application(
            NewPerson person,
            ParticipantRole role,
            String motivation,
            Map<String, Integer> offered,
            Map<String, Integer> wanted,
            Random random,
            int charter) {
        var days = new ArrayList<DayOfWeek>();
        for (var day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            if (random.nextInt(2) == 0) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            days.add(DayOfWeek.TUESDAY);
        }
        var slots = List.of(TimeSlot.values()[random.nextInt(TimeSlot.values().length)]);
        var modes = MeetingMode.values();
        return new ApplicationCommand(
                role,
                motivation,
                offered,
                wanted,
                days,
                slots,
                person.languages(),
                modes[random.nextInt(modes.length)],
                person.site(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                true,
                charter);
    }
}
