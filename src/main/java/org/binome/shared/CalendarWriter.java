package org.binome.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
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
 * The one iCalendar (RFC 5545) writer, on ical4j: METHOD:REQUEST (CANCEL once cancelled), the event's stable UID and
 * SEQUENCE, local times with the installation's TZID and the matching VTIMEZONE block — ical4j writes the TZID without
 * the block, and Outlook needs the block to place the event. The block is built from the JDK's current rules for the
 * zone (two yearly RRULEs where the zone has summer time), so any {@code binome.time-zone} works.
 */
public final class CalendarWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Map<ZoneId, VTimeZone> ZONES = new ConcurrentHashMap<>();

    private CalendarWriter() {}

    /** The invitation for {@code event}, its times written in {@code zone}, stamped {@code now}. */
    public static CalendarInvitation write(CalendarEvent event, ZoneId zone, Instant now) {
        var method = event.cancelled() ? "CANCEL" : "REQUEST";
        var tzid = new ParameterList(List.of(new TzId(zone.getId())));
        var properties = new ArrayList<Property>();
        properties.add(new Uid(event.uid()));
        properties.add(new Sequence(event.sequence()));
        properties.add(new DtStamp(UTC.format(now.atOffset(ZoneOffset.UTC))));
        properties.add(new DtStart<>(tzid, LOCAL.format(event.startsAt().atZone(zone))));
        properties.add(new DtEnd<>(tzid, LOCAL.format(event.endsAt().atZone(zone))));
        properties.add(new Summary(text(event.summary())));
        if (present(event.description())) {
            properties.add(new Description(text(event.description())));
        }
        if (present(event.location())) {
            properties.add(new Location(text(event.location())));
        }
        if (event.url() != null) {
            properties.add(new Url(event.url()));
        }
        if (event.organizer() != null) {
            properties.add(new Organizer(
                    new ParameterList(List.of(new Cn(text(event.organizer().name())))),
                    "mailto:" + event.organizer().email()));
        }
        for (var attendee : event.attendees()) {
            properties.add(new Attendee(
                    new ParameterList(List.<Parameter>of(
                            new Cn(text(attendee.name())),
                            new Role("REQ-PARTICIPANT"),
                            new PartStat("NEEDS-ACTION"),
                            new Rsvp(true))),
                    "mailto:" + attendee.email()));
        }
        properties.add(new Status(event.cancelled() ? "CANCELLED" : "CONFIRMED"));

        var calendar = new Calendar(
                new PropertyList(List.<Property>of(
                        new ProdId("-//Binome//Mentorat inverse//FR"),
                        new Version(new ParameterList(), "2.0"),
                        new CalScale("GREGORIAN"),
                        new Method(method))),
                new ComponentList<>(
                        List.<CalendarComponent>of(timeZone(zone), new VEvent(new PropertyList(properties)))));
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalendarInvitation(
                event.uid(), event.sequence(), method, fold(out.toString()).getBytes(StandardCharsets.UTF_8));
    }

    /** The VTIMEZONE block for {@code zone}: the JDK's current rules, as Outlook, Google and Thunderbird read them. */
    static VTimeZone timeZone(ZoneId zone) {
        return ZONES.computeIfAbsent(zone, CalendarWriter::parse);
    }

    private static VTimeZone parse(ZoneId zone) {
        try {
            var calendar = new CalendarBuilder().build(new StringReader(vtimezone(zone)));
            return (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("No VTIMEZONE block for " + zone, e);
        }
    }

    /** The block as text, from the zone's yearly transition rules (or its one offset when it has none). */
    static String vtimezone(ZoneId zone) {
        var lines = new ArrayList<String>(List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Binome//Timezones//FR",
                "BEGIN:VTIMEZONE",
                "TZID:" + zone.getId(),
                "X-LIC-LOCATION:" + zone.getId()));
        var rules = zone.getRules();
        var names = TimeZone.getTimeZone(zone);
        if (rules.getTransitionRules().isEmpty()) {
            // No yearly rule: the offset after the zone's last transition holds from then on.
            var transitions = rules.getTransitions();
            var offset = transitions.isEmpty()
                    ? rules.getOffset(Instant.EPOCH)
                    : transitions.get(transitions.size() - 1).getOffsetAfter();
            lines.addAll(List.of(
                    "BEGIN:STANDARD",
                    "TZOFFSETFROM:" + offset(offset),
                    "TZOFFSETTO:" + offset(offset),
                    "TZNAME:" + names.getDisplayName(false, TimeZone.SHORT, Locale.ENGLISH),
                    "DTSTART:19700101T000000",
                    "END:STANDARD"));
        }
        for (var rule : rules.getTransitionRules()) {
            var kind = rule.getOffsetAfter().getTotalSeconds()
                            > rule.getStandardOffset().getTotalSeconds()
                    ? "DAYLIGHT"
                    : "STANDARD";
            var first = rule.createTransition(1970);
            lines.addAll(List.of(
                    "BEGIN:" + kind,
                    "TZOFFSETFROM:" + offset(rule.getOffsetBefore()),
                    "TZOFFSETTO:" + offset(rule.getOffsetAfter()),
                    "TZNAME:" + names.getDisplayName(kind.equals("DAYLIGHT"), TimeZone.SHORT, Locale.ENGLISH),
                    "DTSTART:" + LOCAL.format(first.getDateTimeBefore()),
                    "RRULE:" + yearly(rule),
                    "END:" + kind));
        }
        lines.addAll(List.of("END:VTIMEZONE", "END:VCALENDAR", ""));
        return String.join("\r\n", lines);
    }

    /** A JDK transition rule as an RRULE: "last Sunday of March", "second Sunday of March", "on or after the 8th"… */
    static String yearly(ZoneOffsetTransitionRule rule) {
        var result =
                new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        var weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return result.append(";BYMONTHDAY=").append(day).toString();
        }
        var byDay = weekday.name().substring(0, 2);
        // The JDK writes "last Sunday of March" as "Sunday on or after the 25th": the same days in a 31-day month.
        if (day == -1 || (day > 0 && day + 6 == rule.getMonth().maxLength() && rule.getMonth() != Month.FEBRUARY)) {
            return result.append(";BYDAY=-1").append(byDay).toString();
        }
        if (day > 0 && day <= 22 && (day - 1) % 7 == 0) {
            return result.append(";BYDAY=")
                    .append((day - 1) / 7 + 1)
                    .append(byDay)
                    .toString();
        }
        // The weekday on or after (or, counted from the month's end, on or before) the given day.
        var days = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            days.add(String.valueOf(day > 0 ? day + i : day - i));
        }
        return result.append(";BYMONTHDAY=")
                .append(String.join(",", days))
                .append(";BYDAY=")
                .append(byDay)
                .toString();
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int absolute = Math.abs(seconds);
        var text =
                String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", absolute / 3600, absolute / 60 % 60);
        return absolute % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", absolute % 60);
    }

    /** Any line break (CRLF, LF or a lone CR) becomes one LF, which ical4j escapes as {@code \n}. */
    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
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
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > 75) {
                    result.append("\r\n ");
                    octets = 1;
                }
                result.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            result.append("\r\n");
        }
        return result.toString();
    }
}
