package org.binome.mentorships;

import java.util.Map;
import org.binome.communication.Attachment;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in a pair into messages for its members: invitations with their calendar file, changes,
 * cancellations. Never any content of notes or logs. (Nudges for stalled pairs and due reviews are reminders: see
 * {@link HealthCheck}.)
 */
@Component
class MentorshipNotifications {

    private final Notifications notifications;
    private final Directory directory;

    MentorshipNotifications(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
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

    private String name(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    private static String where(String place, String link) {
        return place != null && !place.isBlank() ? place : link == null ? "" : link;
    }

    private static String sessionPage(long mentorshipId, long sessionId) {
        return "/mentorships/" + mentorshipId + "/sessions/" + sessionId;
    }
}
