package org.binome.mentorships;

import java.util.Map;
import org.binome.communication.Attachment;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.Programs;
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
    private final Programs programs;

    MentorshipNotifications(Notifications notifications, Directory directory, Programs programs) {
        this.notifications = notifications;
        this.directory = directory;
        this.programs = programs;
    }

    /**
     * The other members learn that their pair ended, and who ended it (a member, or the programme team). The word left
     * for them is pair content: it stays on the pair's page, never in an e-mail (administrators can read the outbox).
     */
    @ApplicationModuleListener
    void on(MentorshipEnded event) {
        var early = event.outcome() == MentorshipStatus.ENDED_EARLY;
        var programme = programs.find(event.programId()).map(p -> p.name()).orElse("");
        var members = new java.util.ArrayList<String>(event.mentors());
        members.addAll(event.mentees());
        var byProgramme = event.endedByAdministrator();
        var template = early
                ? (byProgramme ? "pair.ended-by-programme" : "pair.ended-early")
                : (byProgramme ? "pair.completed-by-programme" : "pair.completed");
        for (var recipient : event.informed()) {
            var partners = members.stream()
                    .filter(person -> !person.equals(recipient))
                    .map(this::name)
                    .collect(java.util.stream.Collectors.joining(", "));
            notifications.notify(Notification.of(
                            recipient,
                            template,
                            Map.of(
                                    "partner", byProgramme ? "" : name(event.endedBy()),
                                    "partners", partners,
                                    "programme", programme))
                    .withLink("/mentorships/" + event.mentorshipId())
                    .withIdempotencyKey("pair.ended:" + event.mentorshipId()));
        }
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

    /**
     * "With {partner}" names the people the recipient was to meet: the member who cancelled and the other members, not
     * an administrator (who cancels the coming sessions of a pair they end).
     */
    @ApplicationModuleListener
    void on(SessionCancelled event) {
        var names = new java.util.LinkedHashMap<String, String>();
        directory.find(event.cancelledBy()).ifPresent(p -> names.put(event.cancelledBy(), p.fullName()));
        event.recipients().forEach(r -> names.computeIfAbsent(r, this::name));
        for (var recipient : event.recipients()) {
            var partners = names.entrySet().stream()
                    .filter(e -> !e.getKey().equals(recipient))
                    .map(Map.Entry::getValue)
                    .collect(java.util.stream.Collectors.joining(", "));
            notifications.notify(Notification.of(
                            recipient, "session.cancelled", Map.of("partner", partners, "date", event.startsAt()))
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
