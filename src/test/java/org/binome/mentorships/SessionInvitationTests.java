package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.binome.mentorships.MentorshipTesting.participant;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.binome.programs.Programs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations as calendar clients read them back, and the events communication turns into e-mails. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class SessionInvitationTests {

    @Autowired
    Programs programs;

    /** This class's own programme: its pairs meet no other test's. */
    private static final MentorshipTesting.OwnProgramme PROGRAMME = new MentorshipTesting.OwnProgramme();

    private long programme() {
        return PROGRAMME.in(programs);
    }

    /** The installation's time zone, as the application reads and writes local times. */
    @Autowired
    java.time.ZoneId zone;

    @Autowired
    MockMvc mvc;

    @Autowired
    Mentorships mentorships;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MentorshipSessionRepository sessions;

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private byte[] download(long mentorship, long session, String member) throws Exception {
        var response = mvc.perform(get("/mentorships/" + mentorship + "/sessions/" + session + "/invitation.ics")
                        .with(user(participant(member))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar").contains("method=");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".ics");
        return response.getContentAsByteArray();
    }

    @Test
    void aPlannedSessionDownloadsAsARequestWithItsTimeZoneOrganizerAndAttendees() throws Exception {
        var pair = TestPairs.in(programme()).start(mentorships);
        var id = pair.id();
        var mentor = pair.mentor();
        var mentee = pair.mentee();
        var day = LocalDate.now().plusDays(12);
        var response = mvc.perform(post("/mentorships/" + id + "/sessions")
                        .with(user(participant(mentor)))
                        .with(csrf())
                        .param("date", day.toString())
                        .param("startTime", "14:00")
                        .param("endTime", "15:30")
                        .param("format", "REMOTE")
                        .param("link", "https://visio.example.org/binome?room=12")
                        .param("agenda", "Découvrir Copilot, puis stratégie; questions, etc."))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        var session = Long.parseLong(response.getRedirectedUrl().replaceAll(".*/sessions/", ""));

        var ics = download(id, session, mentee);
        var text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Paris");
        assertThat(text).contains("DTSTART;TZID=Europe/Paris:" + day.toString().replace("-", "") + "T140000");
        assertThat(text).contains("DTEND;TZID=Europe/Paris:" + day.toString().replace("-", "") + "T153000");
        text.lines()
                .forEach(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as(line)
                        .isLessThanOrEqualTo(75));

        var calendar = parse(ics);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent();
        VEvent event =
                calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        var uid = value(event, Property.UID);
        assertThat(uid).isNotBlank();
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.ORGANIZER))
                .isEqualToIgnoringCase("mailto:" + mentor.toLowerCase() + "@invalid");
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(1);
        assertThat(value(event, Property.URL)).isEqualTo("https://visio.example.org/binome?room=12");
        assertThat(value(event, Property.DESCRIPTION)).contains("Découvrir Copilot, puis stratégie; questions, etc.");
        assertThat(value(event, Property.SUMMARY)).contains("Binôme");
        // A calendar client reads the start at 14:00 Paris time.
        var start = event.getDateTimeStart().getDate();
        assertThat(start.toString()).contains("14:00");

        var planned = events.stream(SessionPlanned.class)
                .filter(e -> e.sessionId() == session)
                .findFirst()
                .orElseThrow();
        assertThat(planned.attendees()).containsExactly(mentee);
        assertThat(planned.organizer()).isEqualTo(mentor);
        assertThat(planned.invitation().uid()).isEqualTo(uid);
        assertThat(planned.invitation().contentType()).contains("method=REQUEST");

        // Moving it keeps the UID and raises SEQUENCE.
        var version = mentorships.invitation(session).orElseThrow();
        assertThat(version.uid()).isEqualTo(uid);
        var moved = mvc.perform(post("/mentorships/" + id + "/sessions/" + session)
                        .with(user(participant(mentee)))
                        .with(csrf())
                        .param("date", day.plusDays(1).toString())
                        .param("startTime", "09:00")
                        .param("endTime", "10:00")
                        .param("format", "IN_PERSON")
                        .param("place", "Paris – salle Seine")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(moved.getStatus()).isEqualTo(302);
        var updated = (VEvent) parse(download(id, session, mentor))
                .getComponent(Component.VEVENT)
                .orElseThrow();
        assertThat(value(updated, Property.UID)).isEqualTo(uid);
        assertThat(value(updated, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(updated, Property.LOCATION)).isEqualTo("Paris – salle Seine");
        assertThat(events.stream(SessionRescheduled.class).filter(e -> e.sessionId() == session))
                .singleElement()
                .satisfies(e -> assertThat(e.recipients()).containsExactly(mentor));

        // A second browser still holding version 0 is told the session changed meanwhile.
        var stale = mvc.perform(post("/mentorships/" + id + "/sessions/" + session)
                        .with(user(participant(mentor)))
                        .with(csrf())
                        .param("date", day.plusDays(2).toString())
                        .param("startTime", "09:00")
                        .param("endTime", "10:00")
                        .param("format", "IN_PERSON")
                        .param("place", "Ailleurs")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);

        // Cancelling sends METHOD:CANCEL with the same UID and a higher SEQUENCE.
        mvc.perform(post("/mentorships/" + id + "/sessions/" + session + "/cancel")
                .with(user(participant(mentor)))
                .with(csrf()));
        var cancelled = parse(download(id, session, mentee));
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        var cancelledEvent = (VEvent) cancelled.getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(cancelledEvent, Property.UID)).isEqualTo(uid);
        assertThat(value(cancelledEvent, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelledEvent, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(events.stream(SessionCancelled.class).filter(e -> e.sessionId() == session))
                .singleElement()
                .satisfies(e -> assertThat(e.invitation().method()).isEqualTo("CANCEL"));
    }

    @Test
    void aGroupSessionIsLoggedWithTwoWayLearningAttendanceAndEachSidesRating() throws Exception {
        var group = TestPairs.in(programme())
                .mentees(3)
                .startedOn(LocalDate.now().minusDays(20))
                .start(mentorships);
        var id = group.id();
        var mentor = group.mentor();
        var mentees = group.mentees();
        var held = mentorships.recordHeldSession(
                id,
                mentor,
                LocalDate.now().minusDays(2).atTime(LocalTime.NOON).atZone(zone).toInstant(),
                90,
                MeetingFormat.IN_PERSON,
                "Salle",
                null,
                null,
                null,
                null,
                0,
                0);
        var log = mvc.perform(post("/mentorships/" + id + "/sessions/" + held + "/log")
                        .with(user(participant(mentees.get(0))))
                        .with(csrf())
                        .param("covered", "Les réseaux sociaux de l’entreprise")
                        .param("menteeLearned", "Programmer une publication")
                        .param("mentorLearned", "Comment se prépare un budget annuel")
                        .param("nextSteps", "Publier ensemble")
                        .param("rating", "5")
                        .param("attended", mentor, mentees.get(0), mentees.get(2))
                        .param("version", String.valueOf(sessions.findById(held).orElseThrow().version)))
                .andReturn()
                .getResponse();
        assertThat(log.getStatus()).isEqualTo(302);
        mvc.perform(post("/mentorships/" + id + "/sessions/" + held + "/rating")
                .with(user(participant(mentor)))
                .with(csrf())
                .param("rating", "4"));
        var page = mvc.perform(get("/mentorships/" + id + "/sessions/" + held).with(user(participant(mentor))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.unbescape.html.HtmlEscape.unescapeHtml(page))
                .contains("Comment se prépare un budget annuel", "Programmer une publication", "2 note(s)");
        // the log's attendance: one box a member, those present ticked, each with its own label
        var logForm = org.jsoup.Jsoup.parse(page).selectFirst("form[action$=/log]");
        assertThat(logForm.select("input[type=checkbox][name=attended]")).hasSize(4);
        assertThat(logForm.select("input[name=attended][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(mentor, mentees.get(0), mentees.get(2));
        assertThat(logForm.select("input[name=attended]"))
                .allSatisfy(box -> assertThat(logForm.select("label[for=" + box.id() + "]"))
                        .hasSize(1));
        var status = mentorships.pairs(programme()).stream()
                .filter(p -> p.mentorshipId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(status.group()).isTrue();
        assertThat(status.sessionsHeld()).isEqualTo(1);
        assertThat(events.stream(SessionLogged.class).filter(e -> e.sessionId() == held))
                .singleElement()
                .satisfies(e -> assertThat(e.durationMinutes()).isEqualTo(90));

        // Logging a future session is refused.
        var future = mentorships.planSession(
                id,
                mentor,
                LocalDate.now().plusDays(3),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                MeetingFormat.IN_PERSON,
                "Salle",
                null);
        var early = mvc.perform(post("/mentorships/" + id + "/sessions/" + future + "/log")
                        .with(user(participant(mentor)))
                        .with(csrf())
                        .param("covered", "Trop tôt")
                        .param(
                                "version",
                                String.valueOf(sessions.findById(future).orElseThrow().version)))
                .andReturn()
                .getResponse();
        assertThat(early.getStatus()).isEqualTo(409);
    }
}
