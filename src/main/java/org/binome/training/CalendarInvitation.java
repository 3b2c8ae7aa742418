package org.binome.training;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RFC 5545 invitation written by hand: Europe/Paris with its VTIMEZONE block (ical4j leaves it out), a UID that
 * stays the same for one session and a SEQUENCE that grows when it changes, CRLF line ends and folded long lines.
 */
final class CalendarInvitation {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarInvitation() {}

    static byte[] of(
            String uid, int sequence, Instant start, int minutes, String summary, String location, Instant stamp) {
        var lines = new StringBuilder();
        for (var line : new String[] {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Binome//Training//FR",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:" + uid,
            "SEQUENCE:" + sequence,
            "DTSTAMP:" + UTC.format(stamp),
            "DTSTART;TZID=Europe/Paris:" + LOCAL.format(start.atZone(PARIS)),
            "DTEND;TZID=Europe/Paris:"
                    + LOCAL.format(start.plusSeconds(60L * minutes).atZone(PARIS)),
            "SUMMARY:" + escape(summary),
            "LOCATION:" + escape(location == null ? "" : location),
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR"
        }) {
            lines.append(fold(line)).append("\r\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
    static String fold(String line) {
        var out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
