package org.binome.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.binome.people.PersonStatus;
import org.binome.people.PersonView;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.ApplicationView;
import org.binome.programs.MatchingSettings;
import org.binome.programs.MeetingMode;
import org.binome.programs.ParticipantRole;
import org.binome.programs.TimeSlot;

/**
 * The whole matching pipeline, from accepted applications to proposals, on a generated cohort held in memory (no
 * database): candidates are built from applications and directory entries, every pair is checked against the hard
 * rules (reporting lines walked up a generated hierarchy, language, seniority, avoid wishes, pairs already made) and
 * scored, then the engine solves the whole cohort. Times each step (wall clock, and the CPU time of the one thread
 * that runs it) and reports the heap used.
 *
 * <p>Usage: {@code PipelineTiming MENTORS MENTEES RUNS}.
 */
public final class PipelineTiming {

    private static final String[] SKILLS = {
        "genai", "linkedin", "social-media", "collab-tools", "data-viz", "cybersecurity", "mobile-apps", "nocode",
        "negotiation", "leadership", "strategy", "network", "public-speaking", "career", "project-management"
    };
    private static final String[] DEPARTMENTS = {
        "Marketing", "Finance", "Production", "RH", "Ventes", "Logistique", "Juridique", "Informatique", "R&D", "Achats"
    };
    private static final String[] SITES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux"};

    private PipelineTiming() {}

    public static void main(String[] args) {
        int mentors = Integer.parseInt(args[0]);
        int mentees = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var today = LocalDate.of(2026, 11, 27);
        for (int run = 1; run <= runs; run++) {
            var random = new Random(42);
            var people = new HashMap<String, PersonView>();
            var mentorApplications = new ArrayList<ApplicationView>();
            var menteeApplications = new ArrayList<ApplicationView>();
            generate(mentors, mentees, random, people, mentorApplications, menteeApplications);
            System.gc();
            long heapBefore = usedHeap();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var cohort = Cohort.of(mentorApplications, menteeApplications, n -> Optional.ofNullable(people.get(n)), 1, today);
            var hierarchy = new DirectoryHierarchy(n -> Optional.ofNullable(people.get(n))
                    .map(PersonView::managerNumber)
                    .orElse(null));
            var rules = List.<PairRule>of(
                    new PairRule.MentorIsJunior(),
                    new PairRule.SharedLanguage(),
                    new PairRule.NoAvoidWish(),
                    new PairRule.NotAlreadyPaired(java.util.Set.of()),
                    new PairRule.NoReportingLine(hierarchy),
                    new PairRule.NotUnderSameManager(hierarchy));
            long built = System.nanoTime();
            var matching = new CohortMatching(rules, Cohort.weights(MatchingSettings.defaults()));
            var peak = new long[] {0};
            var outcome = matching.match(cohort.mentors(), cohort.mentees(), List.of(), () -> {
                peak[0] = Math.max(peak[0], usedHeap());
                return false;
            });
            long solved = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            System.out.printf(
                    Locale.ROOT,
                    "pipeline %d x %d run %d: candidates %d ms, scoring + constraints + solving %d ms, total %d ms;"
                            + " thread CPU %d ms; %d proposals, %d unmatched, total score %.1f (greedy %.1f), top priority covered %.1f %%"
                            + " (greedy %.1f %%); heap in use %d MB before, peak %d MB during scoring%n",
                    mentors,
                    mentees,
                    run,
                    (built - start) / 1_000_000,
                    (solved - built) / 1_000_000,
                    (solved - start) / 1_000_000,
                    cpu / 1_000_000,
                    outcome.proposals().size(),
                    outcome.unmatched().size(),
                    outcome.optimal().totalScore(),
                    outcome.greedy().totalScore(),
                    100 * outcome.optimal().topPriorityCoveredShare(),
                    100 * outcome.greedy().topPriorityCoveredShare(),
                    heapBefore >> 20,
                    peak[0] >> 20);
        }
    }

    /**
     * The pipeline runs on the calling thread only, so that thread's CPU time is what it costs on a free core; on a
     * shared machine the wall clock also counts the time other processes held the cores.
     */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long usedHeap() {
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A company with a ten-level hierarchy; the cohort's people sit at its bottom (mentors) and middle (mentees). */
    private static void generate(
            int mentors,
            int mentees,
            Random random,
            Map<String, PersonView> people,
            List<ApplicationView> mentorApplications,
            List<ApplicationView> menteeApplications) {
        int managers = Math.max(10, (mentors + mentees) / 8);
        for (int k = 0; k < managers; k++) {
            var manager = k == 0 ? null : String.format("MG%06d", (k - 1) / 8);
            people.put(String.format("MG%06d", k), person(String.format("MG%06d", k), manager, 1990, random));
        }
        for (int k = 0; k < mentors; k++) {
            var number = String.format("MR%06d", k);
            people.put(number, person(number, String.format("MG%06d", random.nextInt(managers)), 2018 + random.nextInt(8), random));
            mentorApplications.add(application(number, ParticipantRole.MENTOR, random, 0, 8));
        }
        for (int k = 0; k < mentees; k++) {
            var number = String.format("ME%06d", k);
            people.put(number, person(number, String.format("MG%06d", random.nextInt(managers)), 1985 + random.nextInt(20), random));
            menteeApplications.add(application(number, ParticipantRole.MENTEE, random, 8, 15));
        }
    }

    private static PersonView person(String number, String manager, int careerStart, Random random) {
        return new PersonView(
                number,
                "Prénom" + number,
                "Nom",
                number + "@example.com",
                DEPARTMENTS[random.nextInt(DEPARTMENTS.length)],
                SITES[random.nextInt(SITES.length)],
                "Poste",
                manager,
                LocalDate.of(careerStart, 1, 1),
                careerStart,
                List.of("fr"),
                careerStart - 22,
                null,
                PersonStatus.values()[0]);
    }

    /** Offers skills of its own side (digital for mentors, know-how for mentees) and wants the other side's. */
    private static ApplicationView application(String number, ParticipantRole role, Random random, int from, int to) {
        var offered = new HashMap<String, Integer>();
        var wanted = new HashMap<String, Integer>();
        int otherFrom = from == 0 ? 8 : 0;
        int otherTo = from == 0 ? 15 : 8;
        for (int s = 0; s < 3; s++) {
            offered.put(SKILLS[from + random.nextInt(to - from)], 1 + random.nextInt(4));
            wanted.put(SKILLS[otherFrom + random.nextInt(otherTo - otherFrom)], 1 + random.nextInt(3));
        }
        var days = List.of(DayOfWeek.values()).subList(0, 5);
        var languages = random.nextInt(10) == 0 ? List.of("en") : random.nextInt(4) == 0 ? List.of("fr", "en") : List.of("fr");
        var now = Instant.parse("2026-11-01T09:00:00Z");
        return new ApplicationView(
                0,
                1,
                number,
                role,
                ApplicationStatus.ACCEPTED,
                "",
                offered,
                wanted,
                List.of(days.get(random.nextInt(5)), days.get(random.nextInt(5))),
                List.of(TimeSlot.values()[random.nextInt(TimeSlot.values().length)]),
                languages,
                MeetingMode.values()[random.nextInt(MeetingMode.values().length)],
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "v1",
                now,
                1,
                now,
                now,
                now,
                now,
                "",
                0);
    }
}
