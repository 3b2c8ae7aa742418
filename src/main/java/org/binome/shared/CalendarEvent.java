package org.binome.shared;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One event as an invitation describes it, in the reader's words. The UID stays the same for the event's whole life and
 * the sequence rises with every change, so calendar clients update (or, once cancelled, remove) the event they already
 * hold. Organizer and attendees are optional; the other texts may be null or blank.
 */
public record CalendarEvent(
        String uid,
        int sequence,
        boolean cancelled,
        Instant startsAt,
        Instant endsAt,
        String summary,
        String description,
        String location,
        URI url,
        Person organizer,
        List<Person> attendees) {

    /** Someone invited or inviting, as the calendar shows them. */
    public record Person(String name, String email) {}

    public CalendarEvent {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
