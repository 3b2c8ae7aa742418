package org.binome.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same rules and score as {@link PairRule} and {@link Compatibility}, compiled once per run into int arrays and
 * bit masks, so that a cohort of 5,000 × 5,000 is scored without a map look-up per pair. {@link #compile} answers
 * null when the cohort cannot be compiled (more than 64 languages or time slots, an unknown hierarchy), and the caller
 * then uses the plain rules. CompiledCohortTests checks that both ways always agree.
 */
final class CompiledCohort {

    private static final int MAX_LEVEL = 4;
    private static final int FULL_GAP_YEARS = 20;

    private final List<Candidate> mentors;
    private final List<Candidate> mentees;
    private final int skills;
    private final Side mentor;
    private final Side mentee;
    private final double[] weights;
    private final boolean[] mandatory;
    private final double totalWeight;

    private final boolean junior;
    private final boolean language;
    private final boolean avoid;
    private final boolean reportingLine;
    private final boolean sameManager;
    private final Set<Long> alreadyPaired;

    /** Per side, everything scoring needs, by candidate index. */
    private static final class Side {
        byte[] offered;
        int[][] wantedSkill;
        int[][] wantedPriority;
        int[] wantedTotal;
        long[] languages;
        long[] availability;
        int[] availabilityCount;
        int[] site;
        boolean[] remote;
        int[] department;
        int[] seniority;
        int[] person;
        int[] manager;
        int[][] ancestors;
        boolean[] hasWishes;
        boolean[] hasAvoidance;
        boolean[] trained;
    }

    private CompiledCohort(
            List<Candidate> mentors,
            List<Candidate> mentees,
            int skills,
            Side mentor,
            Side mentee,
            MatchingWeights settings,
            List<PairRule> rules,
            Set<Long> alreadyPaired) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.skills = skills;
        this.mentor = mentor;
        this.mentee = mentee;
        var components = ScoreComponent.values();
        this.weights = new double[components.length];
        this.mandatory = new boolean[components.length];
        for (var component : components) {
            weights[component.ordinal()] = settings.weights().get(component);
            mandatory[component.ordinal()] = settings.mandatory().contains(component);
        }
        this.totalWeight = settings.totalWeight();
        this.junior = rules.stream().anyMatch(r -> r instanceof PairRule.MentorIsJunior);
        this.language = rules.stream().anyMatch(r -> r instanceof PairRule.SharedLanguage);
        this.avoid = rules.stream().anyMatch(r -> r instanceof PairRule.NoAvoidWish);
        this.reportingLine = rules.stream().anyMatch(r -> r instanceof PairRule.NoReportingLine);
        this.sameManager = rules.stream().anyMatch(r -> r instanceof PairRule.NotUnderSameManager);
        this.alreadyPaired = alreadyPaired;
    }

    static CompiledCohort compile(
            List<Candidate> mentors, List<Candidate> mentees, List<PairRule> rules, MatchingWeights weights) {
        var skillIds = new HashMap<String, Integer>();
        var languageIds = new HashMap<String, Integer>();
        var slotIds = new HashMap<String, Integer>();
        var siteIds = new HashMap<String, Integer>();
        var departmentIds = new HashMap<String, Integer>();
        var personIds = new HashMap<String, Integer>();
        for (var side : List.of(mentors, mentees)) {
            for (var c : side) {
                c.offered().keySet().forEach(k -> skillIds.putIfAbsent(k, skillIds.size()));
                c.wanted().keySet().forEach(k -> skillIds.putIfAbsent(k, skillIds.size()));
                c.languages().forEach(k -> languageIds.putIfAbsent(k, languageIds.size()));
                c.availability().forEach(k -> slotIds.putIfAbsent(k, slotIds.size()));
                personIds.putIfAbsent(c.employeeNumber(), personIds.size());
            }
        }
        if (languageIds.size() > 64 || slotIds.size() > 64) {
            return null;
        }
        Hierarchy hierarchy = null;
        java.util.function.Predicate<Candidate> trained = c -> true;
        var paired = new HashSet<Long>();
        for (var rule : rules) {
            if (rule instanceof PairRule.NoReportingLine r) {
                hierarchy = r.hierarchy();
            } else if (rule instanceof PairRule.NotUnderSameManager r) {
                hierarchy = r.hierarchy();
            } else if (rule instanceof PairRule.TrainingCompleted r) {
                trained = trained.and(c -> r.gate().completed(r.programId(), c.employeeNumber()));
            } else if (rule instanceof PairRule.NotAlreadyPaired r
                    && !r.existingPairs().isEmpty()) {
                for (var i = 0; i < mentors.size(); i++) {
                    for (var j = 0; j < mentees.size(); j++) {
                        if (!r.allows(mentors.get(i), mentees.get(j))) {
                            paired.add((long) i * mentees.size() + j);
                        }
                    }
                }
            }
        }
        if (paired.size() > 0 && (long) mentors.size() * mentees.size() > 1_000_000) {
            // Checking every pair against a long list of past pairs here would cost what compiling saves.
            return null;
        }
        int skills = skillIds.size();
        var compiled = new CompiledCohort(
                mentors,
                mentees,
                skills,
                side(mentors, skillIds, languageIds, slotIds, siteIds, departmentIds, personIds, hierarchy, trained),
                side(mentees, skillIds, languageIds, slotIds, siteIds, departmentIds, personIds, hierarchy, trained),
                weights,
                rules,
                paired);
        if ((compiled.reportingLine || compiled.sameManager)
                && (compiled.mentor.ancestors == null || compiled.mentee.ancestors == null)) {
            return null;
        }
        return compiled;
    }

    private static Side side(
            List<Candidate> people,
            Map<String, Integer> skillIds,
            Map<String, Integer> languageIds,
            Map<String, Integer> slotIds,
            Map<String, Integer> siteIds,
            Map<String, Integer> departmentIds,
            Map<String, Integer> personIds,
            Hierarchy hierarchy,
            java.util.function.Predicate<Candidate> trained) {
        int n = people.size();
        int k = skillIds.size();
        var side = new Side();
        side.offered = new byte[n * k];
        side.wantedSkill = new int[n][];
        side.wantedPriority = new int[n][];
        side.wantedTotal = new int[n];
        side.languages = new long[n];
        side.availability = new long[n];
        side.availabilityCount = new int[n];
        side.site = new int[n];
        side.remote = new boolean[n];
        side.department = new int[n];
        side.seniority = new int[n];
        side.person = new int[n];
        side.hasWishes = new boolean[n];
        side.hasAvoidance = new boolean[n];
        side.trained = new boolean[n];
        boolean chains = hierarchy != null;
        if (chains) {
            side.manager = new int[n];
            side.ancestors = new int[n][];
        }
        for (int c = 0; c < n; c++) {
            var p = people.get(c);
            for (var offer : p.offered().entrySet()) {
                side.offered[c * k + skillIds.get(offer.getKey())] = (byte) Math.min(offer.getValue(), MAX_LEVEL);
            }
            // Same order as a map iteration gives no guarantee, so the sum is kept exactly as Compatibility does it.
            var wanted = p.wanted().entrySet().stream().toList();
            side.wantedSkill[c] = new int[wanted.size()];
            side.wantedPriority[c] = new int[wanted.size()];
            for (int w = 0; w < wanted.size(); w++) {
                side.wantedSkill[c][w] = skillIds.get(wanted.get(w).getKey());
                side.wantedPriority[c][w] = wanted.get(w).getValue();
                side.wantedTotal[c] += wanted.get(w).getValue();
            }
            for (var language : p.languages()) {
                side.languages[c] |= 1L << languageIds.get(language);
            }
            for (var slot : p.availability()) {
                side.availability[c] |= 1L << slotIds.get(slot);
            }
            side.availabilityCount[c] = p.availability().size();
            side.site[c] = p.site() == null ? -1 : siteIds.computeIfAbsent(p.site(), x -> siteIds.size());
            side.remote[c] = p.modality().acceptsRemote();
            side.department[c] = departmentIds.computeIfAbsent(p.department(), x -> departmentIds.size());
            side.seniority[c] = p.seniorityYears();
            side.person[c] = personIds.get(p.employeeNumber());
            side.hasWishes[c] =
                    !p.wishedPeople().isEmpty() || !p.wishedDepartments().isEmpty();
            side.hasAvoidance[c] =
                    !p.avoidedPeople().isEmpty() || !p.avoidedDepartments().isEmpty();
            side.trained[c] = trained.test(p);
            if (chains) {
                var chain = hierarchy.chainOf(p.employeeNumber());
                if (chain == null) {
                    side.ancestors = null;
                    side.manager = null;
                    chains = false;
                    continue;
                }
                side.ancestors[c] = new int[chain.size()];
                for (int a = 0; a < chain.size(); a++) {
                    side.ancestors[c][a] = personIds.computeIfAbsent(chain.get(a), x -> personIds.size());
                }
                side.manager[c] = chain.isEmpty() ? -1 : side.ancestors[c][0];
            }
        }
        return side;
    }

    /** The pair's score (filling {@code components}), or -1 when a rule or a mandatory component forbids it. */
    double score(int i, int j, double[] components) {
        if (!allowed(i, j)) {
            return -1;
        }
        components[ScoreComponent.SKILL_FIT.ordinal()] = fit(mentor, i, mentee, j);
        components[ScoreComponent.REVERSE_FIT.ordinal()] = fit(mentee, j, mentor, i);
        components[ScoreComponent.LANGUAGE.ordinal()] = (mentor.languages[i] & mentee.languages[j]) != 0 ? 1 : 0;
        components[ScoreComponent.AVAILABILITY.ordinal()] = availability(i, j);
        components[ScoreComponent.LOCATION.ordinal()] = mentor.site[i] >= 0 && mentor.site[i] == mentee.site[j]
                ? 1
                : mentor.remote[i] && mentee.remote[j] ? 0.8 : 0;
        components[ScoreComponent.DIVERSITY.ordinal()] = mentor.department[i] == mentee.department[j] ? 0 : 1;
        components[ScoreComponent.WISHES.ordinal()] = mentor.hasWishes[i] || mentee.hasWishes[j]
                ? (wish(mentors.get(i), mentees.get(j)) + wish(mentees.get(j), mentors.get(i))) / 2
                : 0.5;
        int gap = mentee.seniority[j] - mentor.seniority[i];
        components[ScoreComponent.SENIORITY_GAP.ordinal()] =
                gap <= 0 ? 0 : Math.min(1.0, gap / (double) FULL_GAP_YEARS);
        double sum = 0;
        for (int c = 0; c < components.length; c++) {
            if (mandatory[c] && components[c] == 0) {
                return -1;
            }
            sum += weights[c] * components[c];
        }
        return totalWeight == 0 ? 0 : 100 * sum / totalWeight;
    }

    private boolean allowed(int i, int j) {
        if (junior && mentor.seniority[i] >= mentee.seniority[j]) {
            return false;
        }
        if (language && (mentor.languages[i] & mentee.languages[j]) == 0) {
            return false;
        }
        if (!mentor.trained[i] || !mentee.trained[j]) {
            return false;
        }
        if (reportingLine
                && (contains(mentor.ancestors[i], mentee.person[j])
                        || contains(mentee.ancestors[j], mentor.person[i]))) {
            return false;
        }
        if (sameManager && mentor.manager[i] >= 0 && mentor.manager[i] == mentee.manager[j]) {
            return false;
        }
        if (avoid && (mentor.hasAvoidance[i] || mentee.hasAvoidance[j])) {
            var a = mentors.get(i);
            var b = mentees.get(j);
            if (!new PairRule.NoAvoidWish().allows(a, b)) {
                return false;
            }
        }
        return alreadyPaired.isEmpty() || !alreadyPaired.contains((long) i * mentees.size() + j);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private double fit(Side offering, int o, Side wanting, int w) {
        int total = wanting.wantedTotal[w];
        if (total == 0) {
            return 0;
        }
        var wanted = wanting.wantedSkill[w];
        var priority = wanting.wantedPriority[w];
        double covered = 0;
        for (int k = 0; k < wanted.length; k++) {
            int level = offering.offered[o * skills + wanted[k]];
            if (level > 0) {
                covered += priority[k] * level / (double) MAX_LEVEL;
            }
        }
        return covered / total;
    }

    private double availability(int i, int j) {
        if (mentor.availabilityCount[i] == 0 || mentee.availabilityCount[j] == 0) {
            return 1;
        }
        int common = Long.bitCount(mentor.availability[i] & mentee.availability[j]);
        return common / (double) Math.min(mentor.availabilityCount[i], mentee.availabilityCount[j]);
    }

    private static double wish(Candidate from, Candidate to) {
        if (from.wishedPeople().contains(to.employeeNumber())) {
            return 1;
        }
        if (from.wishedDepartments().contains(to.department())) {
            return 0.75;
        }
        return 0.5;
    }
}
