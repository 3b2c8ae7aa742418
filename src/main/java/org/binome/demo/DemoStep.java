package org.binome.demo;

import java.util.List;
import org.binome.people.NewPerson;

/**
 * One part of the demo data (skills, programmes, pairs…), loaded once, right after the demo company on the first
 * start. Each module's demo data is its own step, ordered with {@link org.springframework.core.annotation.Order}.
 */
interface DemoStep {

    void load(DemoContext context);

    /** What the steps share: the generated people, a seeded random source (every demo alike) and today. */
    record DemoContext(List<NewPerson> people, java.util.Random random, java.time.LocalDate today) {}
}
