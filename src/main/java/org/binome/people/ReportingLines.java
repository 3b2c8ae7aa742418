package org.binome.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reports to whom, as a snapshot built once for many questions: matching asks it millions of times whether two
 * people sit inside one reporting line. Each person gets an interval of a depth-first walk of the hierarchy, so that
 * "is A in B's management chain" is two comparisons. People caught in a manager cycle (which the HR import rejects,
 * but older data may hold) are answered by walking up their chain, never endlessly.
 */
public final class ReportingLines {

    private final Map<String, Integer> index;
    private final String[] numbers;
    private final int[] parent;
    private final int[] enter;
    private final int[] exit;
    private final List<List<String>> cycles;

    private ReportingLines(Map<String, String> managerOf) {
        int n = managerOf.size();
        index = new HashMap<>(n * 2);
        numbers = new String[n];
        int next = 0;
        for (var number : managerOf.keySet()) {
            index.put(number, next);
            numbers[next++] = number;
        }
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            var manager = managerOf.get(numbers[i]);
            parent[i] = manager == null ? -1 : index.getOrDefault(manager, -1);
        }
        cycles = findCycles(parent, numbers);
        enter = new int[n];
        exit = new int[n];
        java.util.Arrays.fill(enter, -1);
        number();
    }

    /** A snapshot of these manager links: employee number → manager's employee number (or null). */
    public static ReportingLines of(Map<String, String> managerOf) {
        return new ReportingLines(managerOf);
    }

    /** True when {@code a} is one of {@code b}'s managers, at any level. */
    public boolean isInChainOf(String a, String b) {
        var ia = index.get(a);
        var ib = index.get(b);
        if (ia == null || ib == null || ia.equals(ib)) {
            return false;
        }
        if (enter[ia] >= 0 && enter[ib] >= 0) {
            return enter[ia] < enter[ib] && exit[ib] <= exit[ia];
        }
        int steps = 0;
        for (int at = parent[ib]; at >= 0 && steps <= numbers.length; at = parent[at], steps++) {
            if (at == ia) {
                return true;
            }
        }
        return false;
    }

    /** True when either one manages the other, directly or not: such a pair must never be formed. */
    public boolean inOneReportingLine(String a, String b) {
        return isInChainOf(a, b) || isInChainOf(b, a);
    }

    /** True when both have a manager and it is the same person. */
    public boolean sameDirectManager(String a, String b) {
        var ia = index.get(a);
        var ib = index.get(b);
        return ia != null && ib != null && parent[ia] >= 0 && parent[ia] == parent[ib];
    }

    /** The managers of this person, the direct one first; empty for unknown people and the top of the company. */
    public List<String> chainOf(String employeeNumber) {
        var start = index.get(employeeNumber);
        if (start == null) {
            return List.of();
        }
        var chain = new ArrayList<String>();
        var seen = new java.util.HashSet<Integer>();
        seen.add(start);
        for (int at = parent[start]; at >= 0 && seen.add(at); at = parent[at]) {
            chain.add(numbers[at]);
        }
        return chain;
    }

    /** Each manager cycle once, as the employee numbers it goes through. */
    public List<List<String>> cycles() {
        return cycles;
    }

    public boolean contains(String employeeNumber) {
        return index.containsKey(employeeNumber);
    }

    public int size() {
        return numbers.length;
    }

    /** Manager cycles in these links (employee number → manager's number), each listed once. */
    public static List<List<String>> cyclesIn(Map<String, String> managerOf) {
        return of(managerOf).cycles();
    }

    /** Every node points at most at one parent: follow each path once, a path that meets itself closes a cycle. */
    private static List<List<String>> findCycles(int[] parent, String[] numbers) {
        int n = parent.length;
        var mark = new int[n];
        var found = new ArrayList<List<String>>();
        for (int start = 0; start < n; start++) {
            if (mark[start] != 0) {
                continue;
            }
            int stamp = start + 1;
            int at = start;
            while (at >= 0 && mark[at] == 0) {
                mark[at] = stamp;
                at = parent[at];
            }
            if (at >= 0 && mark[at] == stamp) {
                var cycle = new ArrayList<String>();
                int c = at;
                do {
                    cycle.add(numbers[c]);
                    c = parent[c];
                } while (c != at);
                found.add(List.copyOf(cycle));
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** Iterative depth-first numbering from the roots; people in or below a cycle stay unnumbered. */
    private void number() {
        int n = numbers.length;
        var childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
            }
        }
        var firstChild = new int[n + 1];
        for (int i = 0; i < n; i++) {
            firstChild[i + 1] = firstChild[i] + childCount[i];
        }
        var children = new int[Math.max(1, firstChild[n])];
        var fill = java.util.Arrays.copyOf(firstChild, n + 1);
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[fill[parent[i]]++] = i;
            }
        }
        var stack = new int[n];
        var cursor = new int[n];
        int clock = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top] = root;
            cursor[root] = firstChild[root];
            enter[root] = clock++;
            while (top >= 0) {
                int node = stack[top];
                if (cursor[node] < firstChild[node + 1]) {
                    int child = children[cursor[node]++];
                    enter[child] = clock++;
                    cursor[child] = firstChild[child];
                    stack[++top] = child;
                } else {
                    exit[node] = clock++;
                    top--;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "ReportingLines[" + numbers.length + " people, " + cycles.size() + " cycles]";
    }
}
