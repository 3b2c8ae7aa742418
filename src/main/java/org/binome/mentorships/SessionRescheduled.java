package org.binome.mentorships;

import java.time.Instant;
import java.util.List;
import org.binome.shared.CalendarInvitation;

/** A session moved (time, place or link): the invitation keeps its UID with a higher SEQUENCE. */
public record SessionRescheduled(
        long programId,
        long mentorshipId,
        long sessionId,
        String changedBy,
        List<String> recipients,
        Instant previousStartsAt,
        Instant startsAt,
        Instant endsAt,
        MeetingFormat format,
        String place,
        String link,
        CalendarInvitation invitation) {

    public SessionRescheduled {
        recipients = List.copyOf(recipients);
    }
}
