package org.binome.matching;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import org.binome.people.PersonLeft;
import org.binome.programs.ApplicationAccepted;
import org.binome.programs.ApplicationDeclined;
import org.binome.programs.ApplicationWaitlisted;
import org.binome.programs.ApplicationWithdrawn;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramChanged;
import org.binome.shared.KeptReads;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each side of a programme's cohort as the matching page lists it (the accepted applicants who are in the directory,
 * by name), kept a short while: at 20,000 pairs every view of the page counted and paged each side by sending its
 * 20,000 employee numbers to the database twice (0.3 s of database time per view); the page now filters the kept side
 * in memory (who is free, the search) in well under a millisecond. An application decided or withdrawn, a programme
 * changed or a person leaving drops every side at once on the node that made the change; anything else (a change on
 * another node, a name edited in the directory) shows within twice {@link #KEPT}: a side no longer fresh is shown
 * while it is read again in the background ({@link KeptReads#getReadingAhead}).
 */
@Component
class CohortSides {

    /** How long a side is kept without a change seen by this node. */
    static final Duration KEPT = Duration.ofSeconds(30);

    /** A person of one side: their name and department, and both in lower case for the search. */
    record Named(String employeeNumber, String fullName, String department, String nameKey, String departmentKey) {

        static Named of(org.binome.people.PersonName person) {
            var department = person.department() == null ? "" : person.department();
            return new Named(
                    person.employeeNumber(),
                    person.fullName(),
                    department,
                    person.fullName().toLowerCase(Locale.ROOT),
                    department.toLowerCase(Locale.ROOT));
        }

        /** Whether the name or the department contains this lower-case text (the directory's search). */
        boolean matches(String lowerCaseText) {
            return nameKey.contains(lowerCaseText) || departmentKey.contains(lowerCaseText);
        }
    }

    /** One side: its people by name, and their employee numbers to tell at once who of a few people is in it. */
    record Side(List<Named> people, Set<String> numbers) {

        static Side of(List<Named> people) {
            var numbers = new HashSet<String>(people.size() * 2);
            people.forEach(p -> numbers.add(p.employeeNumber()));
            return new Side(people, Set.copyOf(numbers));
        }
    }

    private record Key(long programId, ParticipantRole role) {}

    private final KeptReads<Key, Side> kept = new KeptReads<>(KEPT);
    private final CohortSource source;

    private final Executor background;

    /** @param background where a side no longer fresh is read again while it is still shown */
    CohortSides(CohortSource source, @Qualifier("applicationTaskExecutor") Executor background) {
        this.source = source;
        this.background = background;
    }

    /** One side of the programme's cohort, by name (accents and case aside) then employee number. */
    Side of(long programId, ParticipantRole role) {
        return kept.getReadingAhead(
                new Key(programId, role),
                () -> {
                    var everyone = source.applicantNumbers(programId, role);
                    return Side.of(
                            source.names(everyone).stream().map(Named::of).toList());
                },
                background);
    }

    @EventListener({
        ApplicationAccepted.class,
        ApplicationDeclined.class,
        ApplicationWaitlisted.class,
        ApplicationWithdrawn.class,
        ProgramChanged.class,
        PersonLeft.class
    })
    void cohortChanged() {
        kept.changed();
    }
}
