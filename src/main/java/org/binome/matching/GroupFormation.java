package org.binome.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Group mentoring ("mentorat collectif") from a whole-cohort assignment. The engine first matches mentees to mentors
 * whose capacity is the largest group size, so each mentor gathers the mentees whose wanted skills they cover best:
 * the group forms around shared wanted skills, under the same hard rules and with the same optimal total. Groups
 * smaller than the minimum size are then dissolved, smallest first, and each of their mentees moves to the open group
 * (allowed, above the minimum score, not full) where they score best; a mentee no group can take stays unmatched
 * (capacity), and so does the mentor of a dissolved group. Exact for the assignment, good (not proven optimal) for
 * the size balancing, which is what a programme manager would otherwise do by hand.
 */
final class GroupFormation {

    record Group(Candidate mentor, List<Candidate> mentees, List<double[]> components, List<Double> scores) {

        double score() {
            return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
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
        var byMentor = new LinkedHashMap<String, Group>();
        for (var proposal : outcome.proposals()) {
            byMentor.computeIfAbsent(
                            proposal.mentor().employeeNumber(),
                            k -> new Group(proposal.mentor(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
                    .add(proposal.mentee(), proposal.components(), proposal.score());
        }
        var unmatched = new ArrayList<>(outcome.unmatched());
        var groups = new ArrayList<>(byMentor.values());
        groups.sort(Comparator.comparingInt((Group g) -> g.mentees().size())
                .thenComparing(g -> g.mentor().employeeNumber()));
        var components = new double[ScoreComponent.values().length];
        while (!groups.isEmpty() && groups.get(0).mentees().size() < minSize) {
            var small = groups.remove(0);
            unmatched.add(new CohortMatching.Unmatched(small.mentor(), true, CohortMatching.UnmatchedReason.CAPACITY));
            for (var mentee : small.mentees()) {
                Group best = null;
                double bestScore = -1;
                double[] bestComponents = null;
                for (var group : groups) {
                    if (group.mentees().size() >= maxSize) {
                        continue;
                    }
                    double score = matching.scoreIfAllowed(group.mentor(), mentee, components);
                    if (score >= minScore && score > bestScore) {
                        best = group;
                        bestScore = score;
                        bestComponents = components.clone();
                    }
                }
                if (best == null) {
                    unmatched.add(new CohortMatching.Unmatched(mentee, false, CohortMatching.UnmatchedReason.CAPACITY));
                } else {
                    best.add(mentee, bestComponents, bestScore);
                }
            }
            groups.sort(Comparator.comparingInt((Group g) -> g.mentees().size())
                    .thenComparing(g -> g.mentor().employeeNumber()));
        }
        groups.sort(Comparator.comparing(g -> g.mentor().displayName()));
        return new Result(groups, unmatched);
    }
}
