package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** Invitations as calendar clients read them: local times with their zone block, escaped text, folded lines. */
class CalendarWriterTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant STAMP = Instant.parse("2026-06-01T08:00:00Z");

    private static CalendarEvent event(String summary, String location, boolean cancelled) {
        var start = Instant.parse("2026-07-01T15:00:00Z");
        return new CalendarEvent(
                "circle-session-7@binome",
                2,
                cancelled,
                start,
                start.plusSeconds(7200),
                summary,
                null,
                location,
                null,
                new CalendarEvent.Person("Sophie Garnier", "sophie@example.org"),
                List.of(new CalendarEvent.Person("Inès Benali", "ines@example.org")));
    }

    private static String write(CalendarEvent event, ZoneId zone) {
        return CalendarWriter.write(event, zone, STAMP).text();
    }

    @Test
    void theInvitationCarriesItsTimeZoneAStableUidAndItsSequence() {
        var ics = write(
                event(
                        "Cercle Lumière; séance de codéveloppement avec un titre assez long pour être plié en deux",
                        "Paris, salle Atelier",
                        false),
                PARIS);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("METHOD:REQUEST\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n")
                .contains("UID:circle-session-7@binome\r\n")
                .contains("SEQUENCE:2\r\n")
                .contains("DTSTAMP:20260601T080000Z\r\n")
                .contains("DTSTART;TZID=Europe/Paris:20260701T170000\r\n")
                .contains("DTEND;TZID=Europe/Paris:20260701T190000\r\n")
                .contains("LOCATION:Paris\\, salle Atelier")
                .contains("SUMMARY:Cercle Lumière\\; séance")
                .contains("STATUS:CONFIRMED")
                .endsWith("END:VCALENDAR\r\n");
        for (var line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void everyKindOfLineBreakInATextIsEscapedSoNoRawBreakReachesTheFile() {
        var ics = write(event("Première ligne\rdeuxième\r\ntroisième\nquatrième", "Salle\r2", false), PARIS);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics.replace("\r\n ", ""))
                .contains("SUMMARY:Première ligne\\ndeuxième\\ntroisième\\nquatrième\r\n")
                .contains("LOCATION:Salle\\n2\r\n");
    }

    @Test
    void aCancelledEventIsSentAsCancelWithTheSameUid() {
        var invitation = CalendarWriter.write(event("Séance", null, true), PARIS, STAMP);
        assertThat(invitation.method()).isEqualTo("CANCEL");
        assertThat(invitation.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
        assertThat(invitation.text())
                .contains("METHOD:CANCEL\r\n")
                .contains("STATUS:CANCELLED\r\n")
                .contains("UID:circle-session-7@binome\r\n");
    }

    @Test
    void anyZoneGetsABlockThatPlacesTheEventAtTheSameInstant() throws Exception {
        for (var id :
                List.of("Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "America/Sao_Paulo")) {
            var zone = ZoneId.of(id);
            var ics = write(event("Séance", null, false), zone);
            var calendar = new CalendarBuilder().build(new StringReader(ics));
            VTimeZone block = calendar.getComponent(Component.VTIMEZONE)
                    .map(VTimeZone.class::cast)
                    .orElseThrow();
            assertThat(block.getTimeZoneId().getValue()).isEqualTo(id);
            // The block gives the zone's own offset in winter and in summer, so the event lands at its instant.
            var readBack = new net.fortuna.ical4j.model.TimeZone(block);
            for (var moment : List.of(Instant.parse("2027-01-15T12:00:00Z"), Instant.parse("2027-07-15T12:00:00Z"))) {
                assertThat(readBack.getOffset(moment.toEpochMilli()) / 1000)
                        .as(id + " at " + moment)
                        .isEqualTo(zone.getRules().getOffset(moment).getTotalSeconds());
            }
            assertThat(ics)
                    .contains("DTSTART;TZID=" + id + ":"
                            + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                                    .format(Instant.parse("2026-07-01T15:00:00Z")
                                            .atZone(zone)));
        }
    }

    @Test
    void summerTimeRulesBecomeTheUsualYearlyRules() {
        assertThat(CalendarWriter.vtimezone(ZoneId.of("America/New_York")))
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n");
        assertThat(CalendarWriter.vtimezone(ZoneId.of("Asia/Tokyo")))
                .contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900")
                .doesNotContain("RRULE");
    }
}
