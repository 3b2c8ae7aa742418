package org.binome.people;

import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link PersonLeft} for each person who goes from active to left. The HR import takes the list of people
 * already gone before it writes and hands it back afterwards, in the same transaction, so the events cover every way
 * the import marks someone as left without the import having to track it row by row.
 */
@Component
class Departures {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Departures(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The employee numbers of the people already marked as left. */
    @Transactional(readOnly = true)
    Set<String> alreadyGone() {
        return new HashSet<>(jdbc.sql("select employee_number from person where status = 'LEFT'")
                .query(String.class)
                .list());
    }

    /** Announces everyone marked as left since {@link #alreadyGone()} gave {@code before}. */
    @Transactional
    int announceSince(Set<String> before) {
        var announced = new int[1];
        jdbc.sql("select employee_number, first_name, last_name, leaving_date from person where status = 'LEFT'")
                .query(rs -> {
                    var number = rs.getString(1);
                    if (!before.contains(number)) {
                        events.publishEvent(new PersonLeft(
                                number,
                                rs.getString(2) + " " + rs.getString(3),
                                rs.getObject(4, java.time.LocalDate.class)));
                        announced[0]++;
                    }
                });
        return announced[0];
    }

    /** Announces one person an administrator has just marked as left. */
    @Transactional
    void announce(PersonView person) {
        events.publishEvent(new PersonLeft(person.employeeNumber(), person.fullName(), person.leavingDate()));
    }
}
