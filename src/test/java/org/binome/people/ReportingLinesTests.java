package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReportingLinesTests {

    /** ceo ← dir ← mgr ← {ana, bob}; ceo ← dir2 ← eve. */
    private final ReportingLines lines = ReportingLines.of(links(
            "ceo", null,
            "dir", "ceo",
            "dir2", "ceo",
            "mgr", "dir",
            "ana", "mgr",
            "bob", "mgr",
            "eve", "dir2"));

    @Test
    void everyManagerAboveSomeoneIsInTheirChain() {
        assertThat(lines.isInChainOf("mgr", "ana")).isTrue();
        assertThat(lines.isInChainOf("dir", "ana")).isTrue();
        assertThat(lines.isInChainOf("ceo", "ana")).isTrue();
        assertThat(lines.isInChainOf("ana", "mgr")).isFalse();
        assertThat(lines.isInChainOf("dir2", "ana")).isFalse();
        assertThat(lines.isInChainOf("ana", "ana")).isFalse();
        assertThat(lines.inOneReportingLine("ana", "dir")).isTrue();
        assertThat(lines.inOneReportingLine("ana", "eve")).isFalse();
    }

    @Test
    void colleaguesUnderOneManagerShareTheirDirectManager() {
        assertThat(lines.sameDirectManager("ana", "bob")).isTrue();
        assertThat(lines.sameDirectManager("ana", "eve")).isFalse();
        assertThat(lines.sameDirectManager("ceo", "ceo")).isFalse();
        assertThat(lines.sameDirectManager("ana", "nobody")).isFalse();
    }

    @Test
    void theChainListsManagersFromTheDirectOneUp() {
        assertThat(lines.chainOf("ana")).containsExactly("mgr", "dir", "ceo");
        assertThat(lines.chainOf("ceo")).isEmpty();
        assertThat(lines.chainOf("unknown")).isEmpty();
    }

    @Test
    void aManagerOutsideTheSnapshotEndsTheChain() {
        var partial = ReportingLines.of(links("ana", "left-the-company", "bob", "ana"));

        assertThat(partial.chainOf("bob")).containsExactly("ana");
        assertThat(partial.isInChainOf("ana", "bob")).isTrue();
    }

    @Test
    void cyclesAreFoundWithTheIdsInvolvedAndNeverLoopForever() {
        var broken = ReportingLines.of(links(
                "a", "b",
                "b", "c",
                "c", "a",
                "d", "a",
                "self", "self",
                "ok", null));

        assertThat(broken.cycles()).hasSize(2);
        assertThat(broken.cycles())
                .anySatisfy(cycle -> assertThat(cycle).containsExactlyInAnyOrder("a", "b", "c"))
                .anySatisfy(cycle -> assertThat(cycle).containsExactly("self"));
        assertThat(broken.chainOf("d")).containsExactly("a", "b", "c");
        assertThat(broken.isInChainOf("c", "d")).isTrue();
        assertThat(broken.isInChainOf("ok", "d")).isFalse();
        assertThat(lines.cycles()).isEmpty();
    }

    @Property(tries = 200)
    void theFastAnswerAgreesWithWalkingUpTheChain(@ForAll @IntRange(min = 1, max = 60) int size, @ForAll long seed) {
        var random = new java.util.Random(seed);
        var managerOf = new HashMap<String, String>();
        for (int i = 0; i < size; i++) {
            // mostly a forest (manager has a smaller number), sometimes any link, which may close a cycle
            String manager = null;
            if (i > 0 && random.nextInt(10) > 0) {
                manager = "p" + (random.nextInt(20) == 0 ? random.nextInt(size) : random.nextInt(i));
            }
            managerOf.put("p" + i, manager);
        }
        var snapshot = ReportingLines.of(managerOf);
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                var expected = a != b && walk(managerOf, "p" + b).contains("p" + a);
                assertThat(snapshot.isInChainOf("p" + a, "p" + b))
                        .as("p%d in chain of p%d", a, b)
                        .isEqualTo(expected);
            }
        }
    }

    private static java.util.List<String> walk(Map<String, String> managerOf, String from) {
        var chain = new java.util.ArrayList<String>();
        var seen = new java.util.HashSet<String>();
        seen.add(from);
        for (var at = managerOf.get(from); at != null && seen.add(at); at = managerOf.get(at)) {
            chain.add(at);
        }
        return chain;
    }

    private static Map<String, String> links(String... pairs) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
