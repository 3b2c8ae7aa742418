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

    private final Map<ResultScope, Tally> sums = new HashMap<>();

    Tally sum(ResultScope scope) {
        return sums.computeIfAbsent(scope, this::add);
    }

    private Tally add(ResultScope scope) {
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
        for (var checked : between(scope, implied(scope, size))) {
            if (revealsItsComplement(checked, size, threshold)) {
                return false;
            }
            for (Cell.Dimension dimension : Cell.Dimension.values()) {
                var value = dimension.ofScope.apply(checked);
                if (value != null && hiddenAmongSiblings(dimension, checked, value, size, threshold)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a wider scope (the same with some filters removed) minus this one leaves between 1 and threshold - 1
     * respondents: showing both would reveal them.
     */
    private boolean revealsItsComplement(ResultScope scope, ToDoubleFunction<Tally> size, int threshold) {
        var fixed = new java.util.ArrayList<Cell.Dimension>();
        for (Cell.Dimension dimension : Cell.Dimension.values()) {
            if (dimension.ofScope.apply(scope) != null) {
                fixed.add(dimension);
            }
        }
        double n = size.applyAsDouble(sum(scope));
        for (int mask = 1; mask < 1 << fixed.size(); mask++) {
            var wider = scope;
            for (int i = 0; i < fixed.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    wider = fixed.get(i).without(wider);
                }
            }
            double complement = size.applyAsDouble(sum(wider)) - n;
            if (complement > 0 && complement < threshold) {
                return true;
            }
        }
        return false;
    }

    /** Every scope from {@code scope} to {@code implied}: the same respondents, described with more or fewer filters. */
    private static java.util.List<ResultScope> between(ResultScope scope, ResultScope implied) {
        var extra = new java.util.ArrayList<Cell.Dimension>();
        for (Cell.Dimension dimension : Cell.Dimension.values()) {
            if (dimension.ofScope.apply(scope) == null && dimension.ofScope.apply(implied) != null) {
                extra.add(dimension);
            }
        }
        var scopes = new java.util.ArrayList<ResultScope>();
        for (int mask = 0; mask < 1 << extra.size(); mask++) {
            var current = implied;
            for (int i = 0; i < extra.size(); i++) {
                if ((mask & 1 << i) == 0) {
                    current = extra.get(i).without(current);
                }
            }
            scopes.add(current);
        }
        return scopes;
    }

    /**
     * The scope with every filter its respondents all share made explicit: "department Sales" whose respondents all
     * work at Paris is "Sales at Paris", so it is checked against Paris's other departments too (otherwise "Paris"
     * minus "Sales" would reveal Paris's hidden departments).
     */
    private ResultScope implied(ResultScope scope, ToDoubleFunction<Tally> size) {
        var only = new java.util.EnumMap<Cell.Dimension, String>(Cell.Dimension.class);
        var many = java.util.EnumSet.noneOf(Cell.Dimension.class);
        cells.forEach((cell, tally) -> {
            if (cell.in(scope) && size.applyAsDouble(tally) > 0) {
                for (Cell.Dimension dimension : Cell.Dimension.values()) {
                    var value = dimension.ofCell.apply(cell);
                    var seen = only.putIfAbsent(dimension, value);
                    if (seen != null && !seen.equals(value)) {
                        many.add(dimension);
                    }
                }
            }
        });
        var programme = scope.programmeId();
        if (programme == null
                && !many.contains(Cell.Dimension.PROGRAMME)
                && only.containsKey(Cell.Dimension.PROGRAMME)) {
            programme = Long.valueOf(only.get(Cell.Dimension.PROGRAMME));
        }
        return new ResultScope(
                programme,
                pick(scope.department(), Cell.Dimension.DEPARTMENT, only, many),
                pick(scope.site(), Cell.Dimension.SITE, only, many),
                pick(scope.generation(), Cell.Dimension.GENERATION, only, many),
                pick(scope.seniority(), Cell.Dimension.SENIORITY, only, many));
    }

    private static String pick(
            String given,
            Cell.Dimension dimension,
            java.util.Map<Cell.Dimension, String> only,
            java.util.Set<Cell.Dimension> many) {
        return given != null || many.contains(dimension) ? given : only.get(dimension);
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
