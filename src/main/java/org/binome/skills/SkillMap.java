package org.binome.skills;

import java.util.List;

/**
 * Supply (people offering) against demand (people wanting) per skill, broken down into groups (departments,
 * generations or seniority bands).
 */
record SkillMap(Dimension dimension, List<String> groups, List<Line> lines) {

    /** The same map, its skills in the reader's order (see {@link SkillView#readingOrder}). */
    SkillMap inReadingOrder(java.util.Locale locale) {
        var order = java.util.Comparator.comparing(Line::skill, SkillView.readingOrder(locale));
        return new SkillMap(dimension, groups, lines.stream().sorted(order).toList());
    }

    enum Dimension {
        DEPARTMENT,
        GENERATION,
        SENIORITY
    }

    record Cell(int offered, int wanted) {
        public int total() {
            return offered + wanted;
        }

        /** 0 (nobody) to 4 (as many people as the busiest cell of the map), for the heatmap's colours. */
        public int intensity(int max) {
            int people = offered + wanted;
            return people == 0 ? 0 : Math.min(4, 1 + (people * 3) / Math.max(1, max));
        }

        /** "gap" when wanted but not offered here, "surplus" when offered but not wanted, else "balanced". */
        public String balance() {
            if (wanted > 0 && offered == 0) {
                return "gap";
            }
            return offered > 0 && wanted == 0 ? "surplus" : "balanced";
        }
    }

    /** One skill: totals and one cell per group, in the order of {@code groups}. */
    record Line(SkillView skill, int offered, int wanted, List<Cell> cells) {

        /** Wanted by someone, offered by nobody: a need the programme cannot meet from inside. */
        public boolean demandWithoutSupply() {
            return wanted > 0 && offered == 0;
        }

        /** Offered, wanted by nobody: knowledge nobody asks for yet. */
        public boolean supplyWithoutDemand() {
            return offered > 0 && wanted == 0;
        }
    }
}
