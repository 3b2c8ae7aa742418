package org.binome.mentorships;

import java.time.Instant;
import java.util.List;
import org.binome.shared.CalendarInvitation;

/** A session was cancelled: the invitation has METHOD:CANCEL, the same UID and a higher SEQUENCE. */
public record SessionCancelled(
        long programId,
        long mentorshipId,
        long sessionId,
        String cancelledBy,
        List<String> recipients,
        Instant startsAt,
        CalendarInvitation invitation) {

    public SessionCancelled {
        recipients = List.copyOf(recipients);
    }
}
