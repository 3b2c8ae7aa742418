package org.binome.mentorships;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.binome.communication.Attachment;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in a pair into messages for its members: invitations with their calendar file, changes,
 * cancellations, a nudge for a stalled pair, a review to fill in. Never any content of notes or logs.
 */
@Component
class MentorshipNotifications {

    private final Notifications notifications;
    private final Directory directory;
    private final Programs programs;

    MentorshipNotifications(Notifications notifications, Directory directory, Programs programs) {
        this.notifications = notifications;
        this.directory = directory;
        this.programs = programs;
    }

    @ApplicationModuleListener
    void on(SessionPlanned event) {
        for (var attendee : event.attendees()) {
            notifications.notify(Notification.of(
                            attendee,
                            "session.planned",
                            Map.of(
                                    "partner", name(event.organizer()),
                                    "date", event.startsAt(),
                                    "place", where(event.place(), event.link())))
                    .withLink(sessionPage(event.mentorshipId(), event.sessionId()))
                    .withAttachments(Attachment.calendar(
                            "rencontre.ics", event.invitation().ics()))
                    .withIdempotencyKey("session.planned:" + event.sessionId() + ":"
                            + event.invitation().sequence()));
        }
    }

    @ApplicationModuleListener
    void on(SessionRescheduled event) {
        for (var recipient : event.recipients()) {
            notifications.notify(Notification.of(
                            recipient,
                            "session.changed",
                            Map.of(
                                    "partner", name(event.changedBy()),
                                    "date", event.startsAt(),
                                    "place", where(event.place(), event.link())))
                    .withLink(sessionPage(event.mentorshipId(), event.sessionId()))
                    .withAttachments(Attachment.calendar(
                            "rencontre.ics", event.invitation().ics()))
                    .withIdempotencyKey("session.changed:" + event.sessionId() + ":"
                            + event.invitation().sequence()));
        }
    }

    @ApplicationModuleListener
    void on(SessionCancelled event) {
        for (var recipient : event.recipients()) {
            notifications.notify(Notification.of(
                            recipient,
                            "session.cancelled",
                            Map.of("partner", name(event.cancelledBy()), "date", event.startsAt()))
                    .withLink("/mentorships/" + event.mentorshipId())
                    .withAttachments(Attachment.calendar(
                            "annulation.ics", event.invitation().ics()))
                    .withIdempotencyKey("session.cancelled:" + event.sessionId()));
        }
    }

    @ApplicationModuleListener
    void on(MentorshipStalled event) {
        var since = event.lastSessionAt() == null ? null : event.lastSessionAt();
        long days = since == null
                ? 0
                : Math.max(0, Duration.between(since, Instant.now()).toDays());
        var params = new HashMap<String, Object>();
        params.put("mentor", names(event.mentors()));
        params.put("mentee", names(event.mentees()));
        params.put("days", days);
        var members = new java.util.ArrayList<String>(event.mentors());
        members.addAll(event.mentees());
        for (var member : members) {
            notifications.notify(Notification.of(member, "pair.stalled", params)
                    .withLink("/mentorships/" + event.mentorshipId())
                    .withIdempotencyKey("pair.stalled:" + event.mentorshipId() + ":" + event.detectedOn()));
        }
    }

    @ApplicationModuleListener
    void on(ReviewDue event) {
        var programme = programs.find(event.programId()).map(ProgramView::name).orElse("");
        for (var recipient : event.recipients()) {
            notifications.notify(
                    Notification.of(recipient, "review.due", Map.of("programme", programme, "due", event.dueOn()))
                            .withLink("/mentorships/" + event.mentorshipId())
                            .withIdempotencyKey("review.due:" + event.mentorshipId() + ":" + event.kind()));
        }
    }

    private String name(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    private String names(List<String> employeeNumbers) {
        return String.join(", ", employeeNumbers.stream().map(this::name).toList());
    }

    private static String where(String place, String link) {
        return place != null && !place.isBlank() ? place : link == null ? "" : link;
    }

    private static String sessionPage(long mentorshipId, long sessionId) {
        return "/mentorships/" + mentorshipId + "/sessions/" + sessionId;
    }
}
