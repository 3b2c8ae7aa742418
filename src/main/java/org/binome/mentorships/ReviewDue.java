package org.binome.mentorships;

import java.time.LocalDate;
import java.util.List;

/** A mid-point or closing review opened for these members (those who have not answered it yet). Published once. */
public record ReviewDue(long programId, long mentorshipId, ReviewKind kind, List<String> recipients, LocalDate dueOn) {

    public ReviewDue {
        recipients = List.copyOf(recipients);
    }
}
