package org.binome.mentorships;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;

/**
 * Writes a session's invitation as iCalendar (RFC 5545) with ical4j: METHOD:REQUEST (CANCEL once cancelled), the
 * session's stable UID and SEQUENCE, local times with TZID=Europe/Paris and the matching VTIMEZONE block — ical4j
 * writes the TZID without the block, and Outlook needs the block to place the event correctly.
 */
@org.springframework.stereotype.Component
class Invitations {

    static final String TZID = "Europe/Paris";

    /** Europe/Paris as Outlook, Google Calendar and Thunderbird all read it: the current EU summer-time rules. */
    static final String PARIS_VTIMEZONE = String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Binome//Timezones//FR",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Paris",
            "X-LIC-LOCATION:Europe/Paris",
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
            "END:VCALENDAR",
            "");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** A person as the invitation names them. */
    record Person(String name, String email) {}

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
            Person organizer,
            List<Person> attendees) {}

    private final Clock clock;
    private final VTimeZone paris;

    Invitations(Clock clock) {
        this.clock = clock;
        try {
            var calendar = new CalendarBuilder().build(new StringReader(PARIS_VTIMEZONE));
            this.paris = (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("The Europe/Paris time zone block does not parse", e);
        }
    }

    CalendarInvitation write(Content content) {
        var method = content.cancelled() ? "CANCEL" : "REQUEST";
        var event = new ArrayList<Property>();
        event.add(new Uid(content.uid()));
        event.add(new Sequence(content.sequence()));
        event.add(new DtStamp(UTC.format(clock.instant().atOffset(ZoneOffset.UTC))));
        event.add(new DtStart<>(paris(), LOCAL.format(content.startsAt().atZone(PairHealth.PARIS))));
        event.add(new DtEnd<>(paris(), LOCAL.format(content.endsAt().atZone(PairHealth.PARIS))));
        event.add(new Summary(content.summary()));
        if (content.description() != null && !content.description().isBlank()) {
            event.add(new Description(content.description()));
        }
        if (content.format() == MeetingFormat.IN_PERSON && content.place() != null) {
            event.add(new Location(content.place()));
        }
        if (content.format() == MeetingFormat.REMOTE && content.link() != null) {
            event.add(new Location(content.link()));
            try {
                event.add(new Url(new java.net.URI(content.link())));
            } catch (java.net.URISyntaxException e) {
                // Links are validated when planned; an unreadable one stays in LOCATION only.
            }
        }
        event.add(new Organizer(
                new ParameterList(List.of(new Cn(content.organizer().name()))),
                "mailto:" + content.organizer().email()));
        for (var attendee : content.attendees()) {
            event.add(new Attendee(
                    new ParameterList(List.<Parameter>of(
                            new Cn(attendee.name()),
                            new Role("REQ-PARTICIPANT"),
                            new PartStat("NEEDS-ACTION"),
                            new Rsvp(true))),
                    "mailto:" + attendee.email()));
        }
        event.add(new Status(content.cancelled() ? "CANCELLED" : "CONFIRMED"));

        var properties = List.<Property>of(
                new ProdId("-//Binome//Mentorat inverse//FR"),
                new Version(new ParameterList(), "2.0"),
                new CalScale("GREGORIAN"),
                new Method(method));
        var components = new ArrayList<CalendarComponent>();
        components.add(paris);
        components.add(new VEvent(new PropertyList(event)));
        var calendar = new Calendar(new PropertyList(properties), new ComponentList<>(components));
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalendarInvitation(
                content.uid(), content.sequence(), method, fold(out.toString()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * RFC 5545 folds lines longer than 75 octets; ical4j counts characters, so accented French text could exceed the
     * limit. Lines are unfolded and folded again on octets, never inside a UTF-8 character.
     */
    static String fold(String ics) {
        var unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        var result = new StringBuilder(unfolded.length() + 64);
        for (var line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    result.append("\r\n ");
                    octets = 1;
                    limit = 75;
                }
                result.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            result.append("\r\n");
        }
        return result.toString();
    }

    private static ParameterList paris() {
        return new ParameterList(List.of(new TzId(TZID)));
    }
}
