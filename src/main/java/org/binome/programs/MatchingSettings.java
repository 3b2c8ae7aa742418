package org.binome.programs;

import java.util.Map;
import java.util.Set;

/**
 * How the matching module should score this programme's candidates: a weight per component (0–100, relative), the
 * minimum score a proposal needs (0–100), and the components that must score above zero for a pair to be proposed.
 */
public record MatchingSettings(
        Map<MatchingComponent, Integer> weights, int minScore, Set<MatchingComponent> mandatory) {

    public MatchingSettings {
        weights = Map.copyOf(weights);
        mandatory = Set.copyOf(mandatory);
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(
                Map.of(
                        MatchingComponent.SKILLS, 50,
                        MatchingComponent.AVAILABILITY, 15,
                        MatchingComponent.LANGUAGES, 10,
                        MatchingComponent.LOCATION, 10,
                        MatchingComponent.WISHES, 15),
                40,
                Set.of(MatchingComponent.LANGUAGES));
    }

    public int weight(MatchingComponent component) {
        return weights.getOrDefault(component, 0);
    }
}
