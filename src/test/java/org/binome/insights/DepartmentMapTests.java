package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The department map as the sponsor's page shows it: a few departments, the others counted together. */
class DepartmentMapTests {

    private final FigureTables tables = new FigureTables(messages(), Locale.FRENCH);

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/insights");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code n} departments D0…D(n-1); department i mentors {@code pairs[i]} people of its own department. */
    private static Dashboard.Links diagonal(int... pairs) {
        var names = new ArrayList<String>();
        var map = new ArrayList<List<Integer>>();
        for (int i = 0; i < pairs.length; i++) {
            names.add("D" + i);
            var row = new ArrayList<Integer>();
            for (int j = 0; j < pairs.length; j++) {
                row.add(i == j ? pairs[i] : 0);
            }
            map.add(row);
        }
        return new Dashboard.Links(true, 0, null, null, null, names, map);
    }

    @Test
    void aMapWithFewDepartmentsIsShownWhole() {
        var map = tables.departmentMap(diagonal(7, 3, 9), 3);

        assertThat(map.headers()).containsExactly("Mentor \\ mentoré", "D0", "D1", "D2");
        assertThat(map.rows())
                .containsExactly(
                        List.of("D0", "7", "0", "0"), List.of("D1", "0", "< 5", "0"), List.of("D2", "0", "0", "9"));
    }

    @Test
    void theDepartmentsInTheFewestPairsAreCountedTogetherInTheLastRowAndColumn() {
        var links = diagonal(2, 40, 3, 25, 1);
        // D4 mentors someone of D2: that pair joins the others' own cell; D1 mentors someone of D0: stays on D1's row.
        var map4to2 = new ArrayList<>(links.map().get(4));
        map4to2.set(2, 6);
        var map1to0 = new ArrayList<>(links.map().get(1));
        map1to0.set(0, 5);
        var rows = new ArrayList<>(links.map());
        rows.set(4, map4to2);
        rows.set(1, map1to0);
        var folded = tables.departmentMap(new Dashboard.Links(true, 0, null, null, null, links.departments(), rows), 3);

        assertThat(folded.headers()).containsExactly("Mentor \\ mentoré", "D1", "D3", "Autres directions (3)");
        assertThat(folded.rows())
                .containsExactly(
                        List.of("D1", "40", "0", "5"),
                        List.of("D3", "0", "25", "0"),
                        // D0, D2, D4 among themselves: 2 + 3 + 1 + 6 pairs.
                        List.of("Autres directions (3)", "0", "0", "12"));
        assertThat(tables.departmentMap(new Dashboard.Links(true, 0, null, null, null, links.departments(), rows))
                        .rows())
                .as("the exports keep every department")
                .hasSize(5);
    }
}
