package org.binome.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import org.binome.matching.engine.DenseScores;
import org.binome.matching.engine.MatchingEngine;
import org.binome.matching.engine.MatchingResult;
import org.binome.matching.engine.MatchingRules;
import org.binome.matching.engine.SparseScores;

/**
 * Matches a whole cohort at once: every pair is checked against the hard rules and scored, then the engine picks the
 * assignment with the highest total score. Locked pairs are kept as they are and the rest is matched around them.
 * The same figures are computed for a greedy baseline so that the gain of the optimal assignment is visible.
 *
 * <p>The solvers themselves live in {@code matching.engine}; the sparse engine's candidate lists are kept by {@link
 * TopCandidates}.
 */
final class CohortMatching {

    /** Above this many pairs, each person keeps only their best candidates on the other side (sparse engine). */
    static final long DENSE_LIMIT = 16_000_000L;

    static final int SPARSE_CANDIDATES = 50;

    private static final int INDEX_BITS = 32;
    private static final long MAX_QUANTISED = 100L * 1_000_000;

    enum UnmatchedReason {
        /** The programme requires training before matching and this person has not completed it. */
        NOT_TRAINED,
        NO_ELIGIBLE_PARTNER,
        BELOW_MIN_SCORE,
        CAPACITY
    }

    record Proposal(Candidate mentor, Candidate mentee, double score, double[] components, boolean locked) {}

    record Unmatched(Candidate person, boolean mentor, UnmatchedReason reason) {}

    record Quality(
            double totalScore,
            int matched,
            int unmatchedMentees,
            double topPriorityCoveredShare,
            int[] scoreDistribution) {}

    record Outcome(List<Proposal> proposals, List<Unmatched> unmatched, Quality optimal, Quality greedy) {}

    private final List<PairRule> rules;
    private final Compatibility compatibility;
    private final double minScore;
    private final MatchingWeights weights;

    private final long denseLimit;

    CohortMatching(List<PairRule> rules, MatchingWeights weights) {
        this(rules, weights, DENSE_LIMIT);
    }

    /** @param denseLimit above this many pairs the sparse engine is used (tests lower it to exercise that path) */
    CohortMatching(List<PairRule> rules, MatchingWeights weights, long denseLimit) {
        this.denseLimit = denseLimit;
        this.weights = weights;
        this.rules = List.copyOf(rules);
        this.compatibility = new Compatibility(weights);
        this.minScore = weights.minScore();
    }

    /** Whether this person passes every training rule (asked only for people left without any possible partner). */
    private boolean trained(Candidate person) {
        for (var rule : rules) {
            if (rule instanceof PairRule.TrainingCompleted training
                    && !training.gate().completed(training.programId(), person.employeeNumber())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param locked pairs kept as they are, each as {mentor index, mentee index}
     * @param cancelled checked between rows; the run stops with {@link CancelledException} when it answers true
     */
    Outcome match(List<Candidate> mentors, List<Candidate> mentees, List<int[]> locked, BooleanSupplier cancelled) {
        int m = mentors.size();
        int n = mentees.size();
        var capacities = new int[m];
        for (int i = 0; i < m; i++) {
            capacities[i] = Math.max(0, mentors.get(i).capacity());
        }
        var lockedMentee = new boolean[n];
        var proposals = new ArrayList<Proposal>();
        var components = new double[ScoreComponent.values().length];
        for (var pair : locked) {
            lockedMentee[pair[1]] = true;
            capacities[pair[0]] = Math.max(0, capacities[pair[0]] - 1);
            double score = compatibility.score(mentors.get(pair[0]), mentees.get(pair[1]), components);
            proposals.add(new Proposal(
                    mentors.get(pair[0]), mentees.get(pair[1]), Math.max(0, score), components.clone(), true));
        }

        var eligibleCount = new int[n];
        var aboveMinimum = new int[n];
        var mentorEligible = new int[m];
        var mentorAboveMinimum = new int[m];
        boolean dense = (long) m * n <= denseLimit;
        double[] scores = dense ? new double[m * n] : null;
        var forbidden = dense ? new BitSet(m * n) : null;
        var sparse = dense ? null : SparseScores.builder(m, n);
        var best = dense ? null : new TopCandidates(SPARSE_CANDIDATES);
        // Each side keeps its best partners: a mentor nobody ranks first still gets candidates.
        TopCandidates[] bestMentees = null;
        if (!dense) {
            bestMentees = new TopCandidates[m];
            for (int i = 0; i < m; i++) {
                bestMentees[i] = new TopCandidates(SPARSE_CANDIDATES);
            }
        }
        var added = dense ? null : new java.util.HashSet<Long>();
        var compiled = CompiledCohort.compile(mentors, mentees, rules, weights);
        for (int j = 0; j < n; j++) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            if (best != null) {
                best.clear();
            }
            for (int i = 0; i < m; i++) {
                double score = lockedMentee[j]
                        ? -1
                        : compiled != null
                                ? compiled.score(i, j, components)
                                : scoreIfAllowed(mentors.get(i), mentees.get(j), components);
                if (score >= 0) {
                    eligibleCount[j]++;
                    mentorEligible[i]++;
                    if (score >= minScore) {
                        aboveMinimum[j]++;
                        mentorAboveMinimum[i]++;
                    }
                }
                if (dense) {
                    if (score < 0) {
                        forbidden.set(i * n + j);
                    } else {
                        scores[i * n + j] = score;
                    }
                } else if (score >= minScore) {
                    best.offer(i, score);
                    bestMentees[i].offer(j, score);
                }
            }
            if (best != null) {
                best.drainTo(j, sparse, added, m);
            }
        }
        if (!dense) {
            for (int i = 0; i < m; i++) {
                bestMentees[i].drainMentorTo(i, sparse, added, m);
            }
        }
        var engineRules = new MatchingRules(minScore, capacities);
        var candidates = dense ? null : sparse.build();
        MatchingResult result = dense
                ? MatchingEngine.solve(new DenseScores(m, n, scores, forbidden), engineRules)
                : MatchingEngine.solve(candidates, engineRules);

        var usedCapacity = new int[m];
        var matchedMentee = lockedMentee.clone();
        for (var match : result.matches()) {
            var mentor = mentors.get(match.mentor());
            var mentee = mentees.get(match.mentee());
            double score = compatibility.score(mentor, mentee, components);
            proposals.add(new Proposal(mentor, mentee, score, components.clone(), false));
            usedCapacity[match.mentor()]++;
            matchedMentee[match.mentee()] = true;
        }
        for (var pair : locked) {
            usedCapacity[pair[0]]++;
        }
        proposals.sort(Comparator.comparing((Proposal p) -> p.mentor().displayName())
                .thenComparing(p -> p.mentee().displayName()));

        var unmatched = new ArrayList<Unmatched>();
        for (int j = 0; j < n; j++) {
            if (!matchedMentee[j]) {
                var reason = eligibleCount[j] == 0 && !trained(mentees.get(j))
                        ? UnmatchedReason.NOT_TRAINED
                        : eligibleCount[j] == 0
                                ? UnmatchedReason.NO_ELIGIBLE_PARTNER
                                : aboveMinimum[j] == 0 ? UnmatchedReason.BELOW_MIN_SCORE : UnmatchedReason.CAPACITY;
                unmatched.add(new Unmatched(mentees.get(j), false, reason));
            }
        }
        for (int i = 0; i < m; i++) {
            if (usedCapacity[i] == 0) {
                var reason = mentorEligible[i] == 0 && !trained(mentors.get(i))
                        ? UnmatchedReason.NOT_TRAINED
                        : mentorEligible[i] == 0
                                ? UnmatchedReason.NO_ELIGIBLE_PARTNER
                                : mentorAboveMinimum[i] == 0
                                        ? UnmatchedReason.BELOW_MIN_SCORE
                                        : UnmatchedReason.CAPACITY;
                unmatched.add(new Unmatched(mentors.get(i), true, reason));
            }
        }
        var optimal = quality(proposals, n);
        var greedy = quality(
                dense
                        ? greedy(mentors, mentees, scores, forbidden, capacities, lockedMentee, locked)
                        : greedy(mentors, mentees, candidates, capacities, locked),
                n);
        return new Outcome(proposals, unmatched, optimal, greedy);
    }

    double scoreIfAllowed(Candidate mentor, Candidate mentee, double[] components) {
        for (var rule : rules) {
            if (!rule.allows(mentor, mentee)) {
                return -1;
            }
        }
        return compatibility.score(mentor, mentee, components);
    }

    /** The first rule a pair breaks, for explaining why two people were not proposed together. */
    java.util.Optional<PairRule> brokenRule(Candidate mentor, Candidate mentee) {
        return rules.stream().filter(rule -> !rule.allows(mentor, mentee)).findFirst();
    }

    /** Best pairs first, each taken if both are still free: what a person matching by hand tends to do. */
    private List<Proposal> greedy(
            List<Candidate> mentors,
            List<Candidate> mentees,
            double[] scores,
            BitSet forbidden,
            int[] capacities,
            boolean[] lockedMentee,
            List<int[]> locked) {
        int n = mentees.size();
        return greedy(
                mentors,
                mentees,
                scores.length,
                k -> k / n,
                k -> k % n,
                k -> scores[k],
                k -> !forbidden.get(k) && scores[k] >= minScore && !lockedMentee[k % n],
                capacities,
                locked);
    }

    /**
     * The same greedy baseline on the candidate lists of a large cohort: the candidate pairs sorted by score, each
     * taken while both people are free (locked mentees are never candidates, locked pairs already used capacity).
     */
    private List<Proposal> greedy(
            List<Candidate> mentors,
            List<Candidate> mentees,
            SparseScores candidates,
            int[] capacities,
            List<int[]> locked) {
        var start = candidates.menteeStart();
        var mentorOf = candidates.candidateMentor();
        var score = candidates.candidateScore();
        var menteeOf = new int[mentorOf.length];
        for (int j = 0; j < candidates.menteeCount(); j++) {
            Arrays.fill(menteeOf, start[j], start[j + 1], j);
        }
        return greedy(
                mentors,
                mentees,
                mentorOf.length,
                k -> mentorOf[k],
                k -> menteeOf[k],
                k -> score[k],
                k -> score[k] >= minScore,
                capacities,
                locked);
    }

    /** Pairs numbered 0..pairs-1; best score first, then lowest number: one primitive sort key per pair. */
    private List<Proposal> greedy(
            List<Candidate> mentors,
            List<Candidate> mentees,
            int pairs,
            IntUnaryOperator mentorOf,
            IntUnaryOperator menteeOf,
            IntToDoubleFunction scoreOf,
            IntPredicate usable,
            int[] capacities,
            List<int[]> locked) {
        var keys = new long[pairs];
        int count = 0;
        for (int k = 0; k < pairs; k++) {
            if (usable.test(k)) {
                long quantised = Math.round(scoreOf.applyAsDouble(k) * 1_000_000);
                keys[count++] = ((MAX_QUANTISED - quantised) << INDEX_BITS) | k;
            }
        }
        Arrays.sort(keys, 0, count);
        var left = capacities.clone();
        var taken = new boolean[mentees.size()];
        var chosen = new ArrayList<Proposal>();
        var components = new double[ScoreComponent.values().length];
        for (var pair : locked) {
            // Locked pairs count the same in both reports, so that the difference is the gain of the rest.
            double score = compatibility.score(mentors.get(pair[0]), mentees.get(pair[1]), components);
            chosen.add(new Proposal(
                    mentors.get(pair[0]), mentees.get(pair[1]), Math.max(0, score), components.clone(), true));
        }
        for (int e = 0; e < count; e++) {
            int pair = (int) (keys[e] & ((1L << INDEX_BITS) - 1));
            int i = mentorOf.applyAsInt(pair);
            int j = menteeOf.applyAsInt(pair);
            if (left[i] > 0 && !taken[j]) {
                left[i]--;
                taken[j] = true;
                double score = compatibility.score(mentors.get(i), mentees.get(j), components);
                chosen.add(new Proposal(mentors.get(i), mentees.get(j), score, components.clone(), false));
            }
        }
        return chosen;
    }

    private static Quality quality(List<Proposal> proposals, int mentees) {
        double total = 0;
        int covered = 0;
        var distribution = new int[10];
        for (var proposal : proposals) {
            total += proposal.score();
            distribution[Math.min(9, (int) (proposal.score() / 10))]++;
            if (coversTopPriority(proposal.mentor(), proposal.mentee())) {
                covered++;
            }
        }
        int matched = proposals.size();
        return new Quality(
                Math.round(total * 10) / 10.0,
                matched,
                mentees - matched,
                mentees == 0 ? 0 : covered / (double) mentees,
                distribution);
    }

    /** The mentor offers at least one of the skills the mentee wants most. */
    static boolean coversTopPriority(Candidate mentor, Candidate mentee) {
        int top = mentee.wanted().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        return top > 0
                && mentee.wanted().entrySet().stream()
                        .anyMatch(w -> w.getValue() == top && mentor.offered().containsKey(w.getKey()));
    }

    /** A matching run stopped by the administrator; the previous proposals stay as they were. */
    static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("matching run cancelled");
        }
    }

    static Map<String, Integer> indexOf(List<Candidate> people) {
        var index = new HashMap<String, Integer>();
        for (int k = 0; k < people.size(); k++) {
            index.put(people.get(k).employeeNumber(), k);
        }
        return index;
    }
}
