package org.binome.feedback;

import java.util.HashMap;
import java.util.Map;

/** Additive counters of one group (counts and sums), so that any group's figures are the sum of its cells'. */
final class Tally {

    private final Map<String, Double> values = new HashMap<>();

    void add(String key, double amount) {
        values.merge(key, amount, Double::sum);
    }

    double get(String key) {
        return values.getOrDefault(key, 0.0);
    }

    int count(String key) {
        return (int) Math.round(get(key));
    }

    void addAll(Tally other) {
        other.values.forEach(this::add);
    }

    /** The counters, for comparing two ways of counting. */
    Map<String, Double> values() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
