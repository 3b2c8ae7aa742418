package org.binome.shared;

import java.nio.charset.StandardCharsets;

/**
 * An iCalendar invitation (RFC 5545) for one event, written by {@link CalendarWriter}: attach {@link #ics()} as
 * {@code text/calendar; method=REQUEST|CANCEL} to the e-mail. The UID stays the same for the event's whole life;
 * SEQUENCE rises with every change.
 */
public record CalendarInvitation(String uid, int sequence, String method, byte[] ics) {

    public static final String CONTENT_TYPE = "text/calendar";

    public String text() {
        return new String(ics, StandardCharsets.UTF_8);
    }

    /** The content type with the method parameter, as calendar clients expect on the MIME part. */
    public String contentType() {
        return CONTENT_TYPE + "; charset=UTF-8; method=" + method;
    }
}
