package org.binome.mentorships;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.binome.shared.CalendarEvent;
import org.binome.shared.CalendarInvitation;
import org.binome.shared.CalendarWriter;

/**
 * A session's invitation, through the one calendar writer: the place for a meeting in person, the link (as LOCATION and
 * URL) for a remote one, in the installation's time zone.
 */
@org.springframework.stereotype.Component
class Invitations {

    /** Everything an invitation says, already in the reader's words. */
    record Content(
            String uid,
            int sequence,
            boolean cancelled,
            Instant startsAt,
            Instant endsAt,
            String summary,
            String description,
            MeetingFormat format,
            String place,
            String link,
            CalendarEvent.Person organizer,
            List<CalendarEvent.Person> attendees) {}

    private final Clock clock;

    Invitations(Clock clock) {
        this.clock = clock;
    }

    CalendarInvitation write(Content content) {
        String location = null;
        URI url = null;
        if (content.format() == MeetingFormat.IN_PERSON) {
            location = content.place();
        }
        if (content.format() == MeetingFormat.REMOTE && content.link() != null) {
            location = content.link();
            try {
                url = new URI(content.link());
            } catch (URISyntaxException e) {
                // Links are validated when planned; an unreadable one stays in LOCATION only.
            }
        }
        return CalendarWriter.write(
                new CalendarEvent(
                        content.uid(),
                        content.sequence(),
                        content.cancelled(),
                        content.startsAt(),
                        content.endsAt(),
                        content.summary(),
                        content.description(),
                        location,
                        url,
                        content.organizer(),
                        content.attendees()),
                clock.getZone(),
                clock.instant());
    }
}
