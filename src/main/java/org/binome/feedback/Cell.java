package org.binome.feedback;

import java.util.function.Function;

/** The finest group results are counted in: one programme, department, site, generation and seniority band. */
record Cell(long programme, String department, String site, String generation, String seniority) {

    /** The filters of a {@link ResultScope}, each a sibling dimension for complementary suppression. */
    enum Dimension {
        PROGRAMME(
                cell -> String.valueOf(cell.programme()),
                scope -> scope.programmeId() == null ? null : String.valueOf(scope.programmeId())),
        DEPARTMENT(Cell::department, ResultScope::department),
        SITE(Cell::site, ResultScope::site),
        GENERATION(Cell::generation, ResultScope::generation),
        SENIORITY(Cell::seniority, ResultScope::seniority);

        final Function<Cell, String> ofCell;
        final Function<ResultScope, String> ofScope;

        Dimension(Function<Cell, String> ofCell, Function<ResultScope, String> ofScope) {
            this.ofCell = ofCell;
            this.ofScope = ofScope;
        }

        ResultScope without(ResultScope scope) {
            return new ResultScope(
                    this == PROGRAMME ? null : scope.programmeId(),
                    this == DEPARTMENT ? null : scope.department(),
                    this == SITE ? null : scope.site(),
                    this == GENERATION ? null : scope.generation(),
                    this == SENIORITY ? null : scope.seniority());
        }
    }

    boolean in(ResultScope scope) {
        for (Dimension dimension : Dimension.values()) {
            var wanted = dimension.ofScope.apply(scope);
            if (wanted != null && !wanted.equals(dimension.ofCell.apply(this))) {
                return false;
            }
        }
        return true;
    }
}
