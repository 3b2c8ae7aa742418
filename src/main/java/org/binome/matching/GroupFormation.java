package org.binome.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.binome.matching.engine.DenseScores;
import org.binome.matching.engine.MatchingEngine;
import org.binome.matching.engine.MatchingRules;

/**
 * Group mentoring ("mentorat collectif") from a whole-cohort assignment. The engine first matches mentees to mentors
 * whose capacity is the largest group size, so each mentor gathers the mentees whose wanted skills they cover best:
 * the group forms around shared wanted skills, under the same hard rules and with the same optimal total. Groups
 * smaller than the minimum size are then dissolved, smallest first, and each of their mentees moves to the open group
 * (allowed, above the minimum score, not full) where they score best; a mentee no group can take stays unmatched
 * (capacity), and so does the mentor of a dissolved group. Exact for the assignment, good (not proven optimal) for
 * the size balancing, which is what a programme manager would otherwise do by hand.
 *
 * <p>With two mentors per group, each group then gets a second mentor among the mentors leading no group: one whom
 * every member of the group may be paired with under the hard rules, above the minimum score on average, chosen for
 * what they add to the first mentor on the group's wanted skills. Second mentors are assigned to groups by the engine
 * (the best total complement). While a group finds no second mentor and its mentees all fit in other groups, it is
 * dissolved so that its mentor can second another group.
 */
final class GroupFormation {

    private static final int MAX_LEVEL = 4;

    record Group(
            Candidate mentor,
            List<Candidate> coMentors,
            List<Candidate> mentees,
            List<double[]> components,
            List<Double> scores) {

        Group(Candidate mentor) {
            this(mentor, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        /** The first mentor, then the second one if any. */
        List<Candidate> mentors() {
            var all = new ArrayList<Candidate>();
            all.add(mentor);
            all.addAll(coMentors);
            return all;
        }

        /** The mean score of every (mentor, mentee) pair of the group. */
        double score() {
            return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        Group copy() {
            return new Group(
                    mentor,
                    new ArrayList<>(coMentors),
                    new ArrayList<>(mentees),
                    new ArrayList<>(components),
                    new ArrayList<>(scores));
        }

        void add(Candidate mentee, double[] values, double score) {
            mentees.add(mentee);
            components.add(values);
            scores.add(score);
        }

        double[] meanComponents() {
            var mean = new double[ScoreComponent.values().length];
            for (var values : components) {
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += values[c] / components.size();
                }
            }
            return mean;
        }
    }

    record Result(List<Group> groups, List<CohortMatching.Unmatched> unmatched) {}

    private GroupFormation() {}

    static Result form(
            CohortMatching.Outcome outcome, CohortMatching matching, double minScore, int minSize, int maxSize) {
        return form(outcome, matching, minScore, minSize, maxSize, 1);
    }

    /** @param mentorsPerGroup 1, or 2 for a second mentor in each group when an eligible one is free */
    static Result form(
            CohortMatching.Outcome outcome,
            CohortMatching matching,
            double minScore,
            int minSize,
            int maxSize,
            int mentorsPerGroup) {
        var byMentor = new LinkedHashMap<String, Group>();
        for (var proposal : outcome.proposals()) {
            byMentor.computeIfAbsent(proposal.mentor().employeeNumber(), k -> new Group(proposal.mentor()))
                    .add(proposal.mentee(), proposal.components(), proposal.score());
        }
        var unmatched = new ArrayList<CohortMatching.Unmatched>();
        var freeMentors = new ArrayList<Candidate>();
        for (var person : outcome.unmatched()) {
            if (person.mentor()) {
                freeMentors.add(person.person());
            } else {
                unmatched.add(person);
            }
        }
        var groups = new ArrayList<>(byMentor.values());
        sortBySize(groups);
        while (!groups.isEmpty() && groups.get(0).mentees().size() < minSize) {
            var small = groups.remove(0);
            freeMentors.add(small.mentor());
            for (var mentee : small.mentees()) {
                var home = bestHome(mentee, groups, matching, minScore, maxSize);
                if (home == null) {
                    unmatched.add(new CohortMatching.Unmatched(mentee, false, CohortMatching.UnmatchedReason.CAPACITY));
                } else {
                    home.group().add(mentee, home.components(), home.score());
                }
            }
            sortBySize(groups);
        }
        if (mentorsPerGroup >= 2) {
            secondMentors(groups, freeMentors, matching, minScore, maxSize);
        }
        var free = new java.util.HashSet<String>();
        for (var mentor : freeMentors) {
            if (free.add(mentor.employeeNumber())) {
                var original = outcome.unmatched().stream()
                        .filter(u -> u.mentor() && u.person().employeeNumber().equals(mentor.employeeNumber()))
                        .findFirst();
                unmatched.add(original.orElse(
                        new CohortMatching.Unmatched(mentor, true, CohortMatching.UnmatchedReason.CAPACITY)));
            }
        }
        groups.sort(Comparator.comparing(g -> g.mentor().displayName()));
        return new Result(groups, unmatched);
    }

    private record Home(Group group, double[] components, double score) {}

    /** The open group, allowed with each of its mentors, where this mentee scores best with its first mentor. */
    private static Home bestHome(
            Candidate mentee, List<Group> groups, CohortMatching matching, double minScore, int maxSize) {
        var components = new double[ScoreComponent.values().length];
        Home best = null;
        for (var group : groups) {
            if (group.mentees().size() >= maxSize) {
                continue;
            }
            double score = matching.scoreIfAllowed(group.mentor(), mentee, components);
            if (score >= minScore && (best == null || score > best.score())) {
                best = new Home(group, components.clone(), score);
            }
        }
        return best;
    }

    private static void sortBySize(List<Group> groups) {
        groups.sort(Comparator.comparingInt((Group g) -> g.mentees().size())
                .thenComparing(g -> g.mentor().employeeNumber()));
    }

    /**
     * Gives each group a second mentor where one is eligible. A group left without one is dissolved when all its
     * mentees fit in the other groups and its freed mentor then seconds more groups than before; then the assignment
     * is made again.
     */
    private static void secondMentors(
            List<Group> groups, List<Candidate> freeMentors, CohortMatching matching, double minScore, int maxSize) {
        while (true) {
            var second = assignSecondMentors(groups, freeMentors, matching, minScore);
            boolean dissolved = false;
            sortBySize(groups);
            for (int g = 0; g < groups.size() && !dissolved; g++) {
                var group = groups.get(g);
                if (second.get(group) != null) {
                    continue;
                }
                var copies = new java.util.IdentityHashMap<Group, Group>();
                var trial = new ArrayList<Group>();
                for (var other : groups) {
                    if (other != group) {
                        var copy = other.copy();
                        copies.put(other, copy);
                        trial.add(copy);
                    }
                }
                var moves = rehouse(group, trial, matching, minScore, maxSize);
                if (moves == null) {
                    continue;
                }
                moves.forEach(move -> move.home()
                        .group()
                        .add(
                                move.mentee(),
                                move.home().components(),
                                move.home().score()));
                var trialFree = new ArrayList<>(freeMentors);
                trialFree.add(group.mentor());
                if (assignSecondMentors(trial, trialFree, matching, minScore).size() > second.size()) {
                    groups.clear();
                    groups.addAll(trial);
                    freeMentors.add(group.mentor());
                    dissolved = true;
                }
            }
            if (!dissolved) {
                apply(second, freeMentors, matching);
                return;
            }
        }
    }

    private record Move(Candidate mentee, Home home) {}

    /** Where each mentee of this group would go, or null when one of them fits nowhere. */
    private static List<Move> rehouse(
            Group group, List<Group> others, CohortMatching matching, double minScore, int maxSize) {
        var added = new java.util.IdentityHashMap<Group, Integer>();
        var moves = new ArrayList<Move>();
        var components = new double[ScoreComponent.values().length];
        for (var mentee : group.mentees()) {
            Home best = null;
            for (var other : others) {
                if (other.mentees().size() + added.getOrDefault(other, 0) >= maxSize) {
                    continue;
                }
                double score = matching.scoreIfAllowed(other.mentor(), mentee, components);
                if (score >= minScore && (best == null || score > best.score())) {
                    best = new Home(other, components.clone(), score);
                }
            }
            if (best == null) {
                return null;
            }
            added.merge(best.group(), 1, Integer::sum);
            moves.add(new Move(mentee, best));
        }
        return moves;
    }

    /** The best second mentor of each group (or none), all different, by the engine on the complement scores. */
    private static java.util.Map<Group, Candidate> assignSecondMentors(
            List<Group> groups, List<Candidate> freeMentors, CohortMatching matching, double minScore) {
        int m = freeMentors.size();
        int n = groups.size();
        var second = new java.util.IdentityHashMap<Group, Candidate>();
        if (m == 0 || n == 0) {
            return second;
        }
        var scores = new double[m * n];
        var forbidden = new BitSet(m * n);
        var components = new double[ScoreComponent.values().length];
        for (int i = 0; i < m; i++) {
            var candidate = freeMentors.get(i);
            for (int j = 0; j < n; j++) {
                var group = groups.get(j);
                double total = 0;
                boolean allowed = true;
                for (var mentee : group.mentees()) {
                    double score = matching.scoreIfAllowed(candidate, mentee, components);
                    if (score < 0) {
                        allowed = false;
                        break;
                    }
                    total += score;
                }
                double mean =
                        group.mentees().isEmpty() ? 0 : total / group.mentees().size();
                if (!allowed || mean < minScore) {
                    forbidden.set(i * n + j);
                } else {
                    // Any eligible second mentor beats none (the 1); what they add counts most, then their own fit.
                    scores[i * n + j] = 1 + 100 * complement(group, candidate) + mean;
                }
            }
        }
        var result = MatchingEngine.solve(new DenseScores(m, n, scores, forbidden), new MatchingRules(0, null));
        for (var match : result.matches()) {
            second.put(groups.get(match.mentee()), freeMentors.get(match.mentor()));
        }
        return second;
    }

    /**
     * What a second mentor adds on the group's wanted skills, from 0 to 1: for every mentee and wanted skill, the
     * levels they offer above the first mentor's, weighted by the mentee's priority.
     */
    static double complement(Group group, Candidate candidate) {
        double added = 0;
        double possible = 0;
        for (var mentee : group.mentees()) {
            for (var wish : mentee.wanted().entrySet()) {
                int first = Math.min(MAX_LEVEL, group.mentor().offered().getOrDefault(wish.getKey(), 0));
                int second = Math.min(MAX_LEVEL, candidate.offered().getOrDefault(wish.getKey(), 0));
                added += wish.getValue() * Math.max(0, second - first);
                possible += wish.getValue() * MAX_LEVEL;
            }
        }
        return possible == 0 ? 0 : added / possible;
    }

    private static void apply(
            java.util.Map<Group, Candidate> second, List<Candidate> freeMentors, CohortMatching matching) {
        var components = new double[ScoreComponent.values().length];
        for (var entry : second.entrySet()) {
            var group = entry.getKey();
            var mentor = entry.getValue();
            group.coMentors().add(mentor);
            freeMentors.removeIf(c -> c.employeeNumber().equals(mentor.employeeNumber()));
            for (var mentee : List.copyOf(group.mentees())) {
                double score = matching.scoreIfAllowed(mentor, mentee, components);
                group.components().add(components.clone());
                group.scores().add(score);
            }
        }
    }
}
