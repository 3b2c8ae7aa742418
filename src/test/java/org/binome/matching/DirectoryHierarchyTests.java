package org.binome.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DirectoryHierarchyTests {

    // CEO <- DIR <- MGR <- A, B ; DIR <- C
    private static final Map<String, String> MANAGERS =
            Map.of("DIR", "CEO", "MGR", "DIR", "A", "MGR", "B", "MGR", "C", "DIR");

    @Test
    void aPersonAndAnyoneAboveThemAreInOneReportingLine() {
        var hierarchy = new DirectoryHierarchy(MANAGERS::get);
        assertThat(hierarchy.inOneReportingLine("A", "CEO")).isTrue();
        assertThat(hierarchy.inOneReportingLine("DIR", "A")).isTrue();
        assertThat(hierarchy.inOneReportingLine("A", "C")).isFalse();
        assertThat(hierarchy.chain("A")).containsExactly("MGR", "DIR", "CEO");
    }

    @Test
    void colleaguesUnderOneManagerShareTheirDirectManager() {
        var hierarchy = new DirectoryHierarchy(MANAGERS::get);
        assertThat(hierarchy.sameDirectManager("A", "B")).isTrue();
        assertThat(hierarchy.sameDirectManager("A", "C")).isFalse();
        assertThat(hierarchy.sameDirectManager("CEO", "X")).isFalse();
    }

    @Test
    void aCycleInImportedDataEndsTheWalk() {
        var cyclic = new HashMap<String, String>(Map.of("X", "Y", "Y", "Z", "Z", "X"));
        var hierarchy = new DirectoryHierarchy(cyclic::get);
        assertThat(hierarchy.chain("X")).containsExactly("Y", "Z");
        assertThat(hierarchy.inOneReportingLine("X", "Z")).isTrue();
    }

    @Test
    void chainsAreLookedUpOnceAndReused() {
        var calls = new AtomicInteger();
        var hierarchy = new DirectoryHierarchy(n -> {
            calls.incrementAndGet();
            return MANAGERS.get(n);
        });
        hierarchy.chain("MGR");
        int first = calls.get();
        hierarchy.chain("A");
        hierarchy.chain("A");
        assertThat(calls.get() - first).isEqualTo(1);
        assertThat(hierarchy.chain("B")).isEqualTo(List.of("MGR", "DIR", "CEO"));
    }
}
