package org.binome.demo;

import org.binome.matching.Matching;
import org.binome.programs.ProgramStatus;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The running 2026 programme's matching, run for real on its accepted applicants, so that its matching page shows a
 * finished run with its quality report. The proposals are recorded as accepted without events: the mentorships demo
 * creates the pairs itself. The open 2027 programme has no matching yet.
 */
@Component
@Profile("demo")
@Order(40)
class DemoMatching implements DemoStep {

    private final Programs programs;
    private final Matching matching;

    DemoMatching(Programs programs, Matching matching) {
        this.programs = programs;
        this.matching = matching;
    }

    @Override
    public void load(DemoContext context) {
        programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .filter(p -> p.name().equals(DemoPrograms.RUNNING_NAME))
                .forEach(p -> matching.recordAcceptedRun(p.id(), "admin"));
    }
}
