package org.binome.mentorships;

import java.time.Instant;
import java.util.List;
import org.binome.shared.CalendarInvitation;

/**
 * A member planned a session: every other member gets the invitation. Times are instants; show them in the installation's time zone.
 * {@code attendees} are the members other than the organizer.
 */
public record SessionPlanned(
        long programId,
        long mentorshipId,
        long sessionId,
        String organizer,
        List<String> attendees,
        Instant startsAt,
        Instant endsAt,
        MeetingFormat format,
        String place,
        String link,
        CalendarInvitation invitation) {

    public SessionPlanned {
        attendees = List.copyOf(attendees);
    }
}
