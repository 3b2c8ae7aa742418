package org.binome.insights;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the figures work out from one reading of the records whatever the filter (e.g. the comparable colleagues of
 * the retention block): worked out once and shared by every filter. A new reading of the directory, the applications
 * or the pairs' shape, or a new day, starts an empty one ({@link ImpactRecords}).
 */
final class Derived {

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /** The value kept under {@code key}, or computed now and kept (two requests at once may both compute it). */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        var value = values.get(key);
        if (value == null) {
            value = compute.get();
            var before = values.putIfAbsent(key, value);
            if (before != null) {
                value = before;
            }
        }
        return (T) value;
    }
}
