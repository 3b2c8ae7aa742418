package org.binome.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Complementary suppression tried with crafted populations and every filter combination (programme × department ×
 * site × generation): no shown figure covers fewer than the threshold; no difference between two shown figures (one
 * shown group inside another, however filtered) isolates fewer than the threshold; and no parent minus two of its
 * shown children along one filter (complementary suppression) does either.
 */
class DisclosureTests {

    private static final int K = 5;
    private static final List<String> DEPARTMENTS = List.of("IT", "Sales", "HR");
    private static final List<String> SITES = List.of("Lyon", "Paris");
    private static final List<String> GENERATIONS = List.of("gen-z", "gen-x", "boomers");

    @Test
    void oneIsolatedPersonIsHiddenAndSoIsTheGroupThatWouldRevealItBySubtraction() {
        var cells = new HashMap<Cell, Tally>();
        add(cells, 1, "IT", "Lyon", "gen-z", 6);
        add(cells, 1, "IT", "Paris", "gen-z", 1); // the person a filter could isolate
        add(cells, 1, "Sales", "Paris", "gen-x", 10);
        var disclosure = new Disclosure(cells);

        assertThat(shown(disclosure, scope(1L, "IT", "Paris", null))).isFalse();
        // IT (7) minus IT at Lyon (6) would give the person at Paris: IT at Lyon is hidden too
        assertThat(shown(disclosure, scope(1L, "IT", null, null))).isTrue();
        assertThat(shown(disclosure, scope(1L, "IT", "Lyon", null))).isFalse();
        // Paris (11) minus Sales (10, all at Paris) would give them as well
        assertThat(shown(disclosure, scope(1L, null, "Paris", null))).isTrue();
        assertThat(shown(disclosure, scope(1L, "Sales", null, null))).isFalse();
        assertThat(shown(disclosure, scope(1L, "Sales", "Paris", null))).isFalse();
        // and the generation filter does not single them out either
        assertThat(shown(disclosure, scope(1L, null, "Paris", "gen-z"))).isFalse();
        assertThat(shown(disclosure, scope(1L, null, null, "gen-x"))).isFalse();
        assertEveryDifferenceIsSafe(cells);
    }

    @Test
    void noCombinationOfFiltersRevealsASmallGroupInRandomPopulations() {
        var random = new Random(17);
        for (int round = 0; round < 40; round++) {
            var cells = new HashMap<Cell, Tally>();
            for (long programme = 1; programme <= 2; programme++) {
                for (var department : DEPARTMENTS) {
                    for (var site : SITES) {
                        for (var generation : GENERATIONS) {
                            int n = random.nextInt(4) == 0 ? 0 : random.nextInt(round % 2 == 0 ? 4 : 9);
                            if (n > 0) {
                                add(cells, programme, department, site, generation, n);
                            }
                        }
                    }
                }
            }
            assertEveryDifferenceIsSafe(cells);
        }
    }

    private static void assertEveryDifferenceIsSafe(Map<Cell, Tally> cells) {
        var disclosure = new Disclosure(cells);
        var shown = new ArrayList<double[]>();
        var names = new java.util.IdentityHashMap<double[], ResultScope>();
        for (var scope : allScopes()) {
            var tally = disclosure.sum(scope);
            int n = tally.count("n");
            if (shown(disclosure, scope)) {
                assertThat(n).as("shown %s", scope).isGreaterThanOrEqualTo(K);
                var vector = vector(cells, scope);
                names.put(vector, scope);
                shown.add(vector);
            }
        }
        for (var a : shown) {
            for (var b : shown) {
                if (inside(b, a)) {
                    assertSafe(minus(a, b), names.get(a) + " - " + names.get(b));
                    for (var c : shown) {
                        if (siblings(names.get(a), names.get(b), names.get(c))
                                && disjoint(b, c)
                                && inside(plus(b, c), a)) {
                            assertSafe(
                                    minus(minus(a, b), c), names.get(a) + " - " + names.get(b) + " - " + names.get(c));
                        }
                    }
                }
            }
        }
    }

    private static void assertSafe(double[] difference, String how) {
        double total = Arrays.stream(difference).sum();
        assertThat(total == 0 || total >= K)
                .as("a difference of shown groups isolates %s respondent(s): %s", total, how)
                .isTrue();
    }

    /** B and C narrow A along the same single filter (two departments of A, two sites of A…). */
    private static boolean siblings(ResultScope a, ResultScope b, ResultScope c) {
        for (Cell.Dimension dimension : Cell.Dimension.values()) {
            if (dimension.ofScope.apply(a) == null
                    && dimension.ofScope.apply(b) != null
                    && dimension.ofScope.apply(c) != null
                    && dimension.without(b).equals(a)
                    && dimension.without(c).equals(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Disclosure disclosure, ResultScope scope) {
        return disclosure.shown(scope, t -> t.get("n"), K);
    }

    private static List<ResultScope> allScopes() {
        var scopes = new ArrayList<ResultScope>();
        for (Long programme : Arrays.asList(null, 1L, 2L)) {
            for (String department : withNull(DEPARTMENTS)) {
                for (String site : withNull(SITES)) {
                    for (String generation : withNull(GENERATIONS)) {
                        scopes.add(scope(programme, department, site, generation));
                    }
                }
            }
        }
        return scopes;
    }

    private static List<String> withNull(List<String> values) {
        var list = new ArrayList<String>();
        list.add(null);
        list.addAll(values);
        return list;
    }

    private static final List<Cell> ALL_CELLS = new ArrayList<>();

    static {
        for (long programme = 1; programme <= 2; programme++) {
            for (var department : DEPARTMENTS) {
                for (var site : SITES) {
                    for (var generation : GENERATIONS) {
                        ALL_CELLS.add(new Cell(programme, department, site, generation, "lt5"));
                    }
                }
            }
        }
    }

    private static double[] vector(Map<Cell, Tally> cells, ResultScope scope) {
        var vector = new double[ALL_CELLS.size()];
        for (int i = 0; i < ALL_CELLS.size(); i++) {
            var cell = ALL_CELLS.get(i);
            if (cell.in(scope) && cells.containsKey(cell)) {
                vector[i] = cells.get(cell).get("n");
            }
        }
        return vector;
    }

    private static boolean inside(double[] small, double[] large) {
        for (int i = 0; i < small.length; i++) {
            if (small[i] > large[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0 && b[i] > 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] minus(double[] a, double[] b) {
        var result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] - b[i];
        }
        return result;
    }

    private static double[] plus(double[] a, double[] b) {
        var result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] + b[i];
        }
        return result;
    }

    private static ResultScope scope(Long programme, String department, String site, String generation) {
        return new ResultScope(programme, department, site, generation, null);
    }

    private static void add(
            Map<Cell, Tally> cells, long programme, String department, String site, String generation, int n) {
        cells.computeIfAbsent(new Cell(programme, department, site, generation, "lt5"), c -> new Tally())
                .add("n", n);
    }
}
