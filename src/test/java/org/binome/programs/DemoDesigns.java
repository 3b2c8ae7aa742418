package org.binome.programs;

import java.util.List;

/** Programme designs for tests. */
final class DemoDesigns {

    private DemoDesigns() {}

    static ProgramCommand minimal(String name) {
        return new ProgramCommand(
                name,
                "",
                List.of(),
                "",
                "",
                ProgramFormat.PAIRS,
                null,
                null,
                null,
                60,
                30,
                List.of(),
                null,
                null,
                null,
                null,
                MatchingSettings.defaults(),
                List.of(),
                List.of(),
                "",
                false,
                false,
                "",
                List.of());
    }
}
