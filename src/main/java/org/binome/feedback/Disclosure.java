package org.binome.feedback;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether a figure may be shown for a scope. A figure is shown only when
 * <ol>
 *   <li>at least {@code threshold} people answered it in the scope, and
 *   <li>for every filter of the scope (programme, department, site, generation, seniority), among the scope's siblings
 *       along that filter (the same scope with another value of that filter), the hidden ones add up to 0 or to at
 *       least {@code threshold}: when they add up to fewer, the smallest shown siblings are hidden too until they do.
 *       Otherwise "parent minus the shown siblings" would reveal the hidden group.
 * </ol>
 */
final class Disclosure {

    private final Map<Cell, Tally> cells;

    Disclosure(Map<Cell, Tally> cells) {
        this.cells = cells;
    }

    Tally sum(ResultScope scope) {
        var total = new Tally();
        cells.forEach((cell, tally) -> {
            if (cell.in(scope)) {
                total.addAll(tally);
            }
        });
        return total;
    }

    boolean shown(ResultScope scope, ToDoubleFunction<Tally> size, int threshold) {
        if (size.applyAsDouble(sum(scope)) < threshold) {
            return false;
        }
        for (Cell.Dimension dimension : Cell.Dimension.values()) {
            var value = dimension.ofScope.apply(scope);
            if (value != null && hiddenAmongSiblings(dimension, scope, value, size, threshold)) {
                return false;
            }
        }
        return true;
    }

    private boolean hiddenAmongSiblings(
            Cell.Dimension dimension, ResultScope scope, String value, ToDoubleFunction<Tally> size, int threshold) {
        var parent = dimension.without(scope);
        var siblings = new HashMap<String, Tally>();
        cells.forEach((cell, tally) -> {
            if (cell.in(parent)) {
                siblings.computeIfAbsent(dimension.ofCell.apply(cell), v -> new Tally())
                        .addAll(tally);
            }
        });
        var sizes = new HashMap<String, Double>();
        siblings.forEach((sibling, tally) -> {
            double n = size.applyAsDouble(tally);
            if (n > 0) {
                sizes.put(sibling, n);
            }
        });
        var hidden = new HashSet<String>();
        double hiddenTotal = 0;
        for (var entry : sizes.entrySet()) {
            if (entry.getValue() < threshold) {
                hidden.add(entry.getKey());
                hiddenTotal += entry.getValue();
            }
        }
        if (hiddenTotal > 0 && hiddenTotal < threshold) {
            var shown = sizes.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            for (var sibling : shown) {
                if (hiddenTotal >= threshold) {
                    break;
                }
                hidden.add(sibling.getKey());
                hiddenTotal += sibling.getValue();
            }
        }
        return hidden.contains(value);
    }
}
