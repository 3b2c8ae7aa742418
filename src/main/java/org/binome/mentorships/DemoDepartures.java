package org.binome.mentorships;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.binome.people.DemoCompanyLoaded;
import org.binome.people.Directory;
import org.binome.people.NewPerson;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * People who left since the running programme's pairs started, so that the impact dashboard's retention compares two
 * groups that both lost someone: about one in three colleagues who work in a participant's department and site but
 * never applied, and one mentee of the programme (their pair ended early, reason "leaving"). Recorded through the
 * directory as HR would ({@code PersonLeft} announced), after the pairs exist (the people module cannot seed them
 * itself: it does not know who takes part). Each colleague has their own seeded draw, so that the other demo data stay as they
 * were.
 */
@Component
@Profile("demo")
class DemoDepartures {

    private static final Set<String> DEMO_LOGINS = Set.of(
            DemoCompanyLoaded.CEO,
            DemoCompanyLoaded.HR_PROGRAMME_MANAGER,
            DemoCompanyLoaded.FACILITATOR,
            DemoCompanyLoaded.YOUNG_MENTOR,
            DemoCompanyLoaded.SENIOR_MENTEE);

    private final Programs programs;
    private final Mentorships mentorships;
    private final Directory directory;

    DemoDepartures(Programs programs, Mentorships mentorships, Directory directory) {
        this.programs = programs;
        this.mentorships = mentorships;
        this.directory = directory;
    }

    @EventListener
    @Order(55)
    void load(DemoCompanyLoaded context) {
        var running = programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .findFirst()
                .orElse(null);
        if (running == null) {
            return;
        }
        var today = context.today();
        var pairs = mentorships.pairRecords(List.of(running.id())).stream()
                .filter(p -> "ACTIVE".equals(p.status()) && p.startedOn() != null)
                .toList();
        var applied = new HashSet<String>();
        programs
                .applicationRecords(
                        programs.findAll().stream().map(ProgramView::id).toList())
                .stream()
                .map(ApplicationRecord::employeeNumber)
                .forEach(applied::add);
        var workplaces = new HashSet<String>();
        var members = new HashSet<String>();
        for (var pair : pairs) {
            members.addAll(pair.mentors());
            members.addAll(pair.mentees());
        }
        for (var person : context.people()) {
            if (members.contains(person.employeeNumber())) {
                workplaces.add(workplace(person));
            }
        }
        // Colleagues of the participants' departments and sites who never applied: one in three left in the last two
        // months, on a working day spread over that time.
        var colleagues = new ArrayList<NewPerson>();
        for (var person : context.people()) {
            if (!applied.contains(person.employeeNumber())
                    && !members.contains(person.employeeNumber())
                    && !DEMO_LOGINS.contains(person.employeeNumber())
                    && workplaces.contains(workplace(person))) {
                colleagues.add(person);
            }
        }
        // Each colleague's draw is their own (seeded by their employee number), so who left does not depend on who
        // else took part in another programme.
        for (var person : colleagues) {
            var own = new Random(2029L * 31 + person.employeeNumber().hashCode());
            if (own.nextInt(3) == 0) {
                directory.recordDeparture(person.employeeNumber(), today.minusDays(3 + own.nextInt(58)));
            }
        }
        // One mentee left a month ago; the programme manager ended the pair (no new partner: the mentor is rematched
        // by hand). Not the demo's stalled pair: the follow-up page keeps one to show.
        var stalled = mentorships.pairs(running.id()).stream()
                .filter(p -> p.health() == Health.STALLED)
                .map(PairStatus::mentorshipId)
                .collect(java.util.stream.Collectors.toSet());
        pairs.stream()
                .filter(p -> !stalled.contains(p.id()))
                .filter(p -> p.mentees().size() == 1 && p.mentors().size() == 1)
                .filter(p -> p.mentees().stream().noneMatch(DEMO_LOGINS::contains))
                .filter(p -> p.mentors().stream().noneMatch(DEMO_LOGINS::contains))
                .filter(p -> p.startedOn().isBefore(today.minusDays(40)))
                .reduce((first, second) -> second)
                .ifPresent(pair -> {
                    var mentee = pair.mentees().get(0);
                    directory.recordDeparture(mentee, today.minusDays(30));
                    mentorships.endEarly(
                            pair.id(),
                            DemoCompanyLoaded.HR_PROGRAMME_MANAGER,
                            true,
                            EndReason.LEAVING,
                            "Départ de l’entreprise.",
                            false);
                });
    }

    private static String workplace(NewPerson person) {
        return person.department() + "|" + person.site();
    }
}
