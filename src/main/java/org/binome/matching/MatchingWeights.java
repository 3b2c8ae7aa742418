package org.binome.matching;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How a programme weighs each component, which components are mandatory (a pair scoring 0 on one of them is never
 * proposed) and the score, out of 100, below which leaving someone unmatched is better.
 */
record MatchingWeights(Map<ScoreComponent, Double> weights, Set<ScoreComponent> mandatory, double minScore) {

    public MatchingWeights {
        var copy = new EnumMap<ScoreComponent, Double>(ScoreComponent.class);
        for (var component : ScoreComponent.values()) {
            var weight = weights.getOrDefault(component, 0.0);
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("weight of " + component + " must be zero or positive");
            }
            copy.put(component, weight);
        }
        weights = Map.copyOf(copy);
        mandatory = mandatory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mandatory));
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("minimum score must be between 0 and 100");
        }
    }

    /** Skills first, then the exchange back, then practicalities: a sensible start for a new programme. */
    public static MatchingWeights defaults() {
        return new MatchingWeights(
                Map.of(
                        ScoreComponent.SKILL_FIT, 4.0,
                        ScoreComponent.REVERSE_FIT, 2.0,
                        ScoreComponent.LANGUAGE, 1.0,
                        ScoreComponent.AVAILABILITY, 1.5,
                        ScoreComponent.LOCATION, 1.0,
                        ScoreComponent.DIVERSITY, 1.0,
                        ScoreComponent.WISHES, 1.0,
                        ScoreComponent.SENIORITY_GAP, 0.5),
                Set.of(),
                20);
    }

    double totalWeight() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
