package org.binome.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binome.people.DemoCompanyLoaded;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramStatus;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The running 2026 programme's matching, run for real on its accepted applicants, so that its matching page shows a
 * finished run with its quality report. Two proposals are decided beforehand and locked, as an administrator would:
 * the demo mentor and mentee (Inès Benali and Bernard Lefèvre) together, and one group ("mentorat collectif") of a
 * mentor with three mentees; the run matches everyone else around them. The proposals are recorded as accepted without
 * events, and the mentorships demo opens exactly these pairs and this group, so both pages agree. The open 2027
 * programme has no matching yet.
 */
@Component
@Profile("demo")
class DemoMatching {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoMatching.class);
    private static final int GROUP_SIZE = 3;

    private final Programs programs;
    private final Matching matching;

    DemoMatching(Programs programs, Matching matching) {
        this.programs = programs;
        this.matching = matching;
    }

    @EventListener
    @Order(40)
    void load(DemoCompanyLoaded context) {
        programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .filter(p -> p.name().equals(DemoCompanyLoaded.RUNNING_PROGRAMME))
                .forEach(p -> {
                    lockDecidedProposals(p.id(), context);
                    matching.recordAcceptedRun(p.id(), "admin");
                });
    }

    private void lockDecidedProposals(long programId, DemoCompanyLoaded context) {
        var mentors = numbers(programs.acceptedApplicants(programId, ParticipantRole.MENTOR));
        var mentees = numbers(programs.acceptedApplicants(programId, ParticipantRole.MENTEE));
        if (!matching.lockProposal(
                programId, List.of(DemoCompanyLoaded.YOUNG_MENTOR), List.of(DemoCompanyLoaded.SENIOR_MENTEE))) {
            log.info("Demo matching: Inès Benali and Bernard Lefèvre cannot be paired in this programme");
        }
        var managers = new HashMap<String, String>();
        context.people().forEach(p -> managers.put(p.employeeNumber(), p.managerNumber()));
        // The group: the last mentor (in application order) with three mentees they may mentor, none of them in
        // another member's reporting line.
        for (int i = mentors.size() - 1; i >= 0; i--) {
            var mentor = mentors.get(i);
            if (mentor.equals(DemoCompanyLoaded.YOUNG_MENTOR)) {
                continue;
            }
            var group = new ArrayList<String>();
            for (int j = mentees.size() - 1; j >= 0 && group.size() < GROUP_SIZE; j--) {
                var mentee = mentees.get(j);
                if (!mentee.equals(DemoCompanyLoaded.SENIOR_MENTEE)
                        && group.stream().noneMatch(other -> inOneLine(other, mentee, managers))
                        && matching.allowed(programId, mentor, mentee)) {
                    group.add(mentee);
                }
            }
            if (group.size() >= 2 && matching.lockProposal(programId, List.of(mentor), group)) {
                return;
            }
        }
        log.info("Demo matching: no group could be formed under the hard rules");
    }

    private static List<String> numbers(List<ApplicationView> applications) {
        return applications.stream().map(ApplicationView::employeeNumber).toList();
    }

    /** Either person is in the other's management chain. */
    private static boolean inOneLine(String a, String b, Map<String, String> managers) {
        return chain(a, managers).contains(b) || chain(b, managers).contains(a);
    }

    private static Set<String> chain(String person, Map<String, String> managers) {
        var chain = new HashSet<String>();
        for (var m = managers.get(person); m != null && chain.add(m); m = managers.get(m)) {
            // walk up to the top
        }
        return chain;
    }
}
