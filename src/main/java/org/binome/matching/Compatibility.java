package org.binome.matching;

import java.util.Map;

/**
 * The explainable compatibility of a mentor and a mentee: each {@link ScoreComponent} is worth 0 to 1, and the score
 * is their weighted mean on a 0–100 scale. Plain Java so that it can be tested and benchmarked on its own.
 */
final class Compatibility {

    private static final int MAX_LEVEL = 4;
    private static final int FULL_GAP_YEARS = 20;
    private static final ScoreComponent[] COMPONENTS = ScoreComponent.values();

    private final double[] weights = new double[COMPONENTS.length];
    private final boolean[] mandatory = new boolean[COMPONENTS.length];
    private final double totalWeight;

    Compatibility(MatchingWeights settings) {
        for (var component : COMPONENTS) {
            weights[component.ordinal()] = settings.weights().get(component);
            mandatory[component.ordinal()] = settings.mandatory().contains(component);
        }
        this.totalWeight = settings.totalWeight();
    }

    /** Fills {@code components} (one value per {@link ScoreComponent}) and returns the score, or -1 if a mandatory one is 0. */
    double score(Candidate mentor, Candidate mentee, double[] components) {
        components[ScoreComponent.SKILL_FIT.ordinal()] = fit(mentor.offered(), mentee.wanted());
        components[ScoreComponent.REVERSE_FIT.ordinal()] = fit(mentee.offered(), mentor.wanted());
        components[ScoreComponent.LANGUAGE.ordinal()] = sharesLanguage(mentor, mentee) ? 1 : 0;
        components[ScoreComponent.AVAILABILITY.ordinal()] = availability(mentor, mentee);
        components[ScoreComponent.LOCATION.ordinal()] = location(mentor, mentee);
        components[ScoreComponent.DIVERSITY.ordinal()] = mentor.department().equals(mentee.department()) ? 0 : 1;
        components[ScoreComponent.WISHES.ordinal()] = (wish(mentor, mentee) + wish(mentee, mentor)) / 2;
        int gap = mentee.seniorityYears() - mentor.seniorityYears();
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

    /**
     * How well one side's offer covers the other's wishes: each wanted skill counts by its priority, and is covered
     * in proportion to the offered level (expert covers it fully).
     */
    static double fit(Map<String, Integer> offered, Map<String, Integer> wanted) {
        if (wanted.isEmpty()) {
            return 0;
        }
        double covered = 0;
        double possible = 0;
        for (var wish : wanted.entrySet()) {
            possible += wish.getValue();
            var level = offered.get(wish.getKey());
            if (level != null) {
                covered += wish.getValue() * Math.min(level, MAX_LEVEL) / (double) MAX_LEVEL;
            }
        }
        return covered / possible;
    }

    private static boolean sharesLanguage(Candidate a, Candidate b) {
        for (var language : a.languages()) {
            if (b.languages().contains(language)) {
                return true;
            }
        }
        return false;
    }

    /** Someone who gave no preferred slot is taken as flexible. */
    private static double availability(Candidate a, Candidate b) {
        if (a.availability().isEmpty() || b.availability().isEmpty()) {
            return 1;
        }
        int common = 0;
        for (var slot : a.availability()) {
            if (b.availability().contains(slot)) {
                common++;
            }
        }
        return common
                / (double) Math.min(a.availability().size(), b.availability().size());
    }

    private static double location(Candidate a, Candidate b) {
        if (a.site() != null && a.site().equals(b.site())) {
            return 1;
        }
        return a.modality().acceptsRemote() && b.modality().acceptsRemote() ? 0.8 : 0;
    }

    /** Neutral when nothing was wished; a wished person counts more than a wished department. */
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
