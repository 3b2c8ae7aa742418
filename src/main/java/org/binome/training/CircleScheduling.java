package org.binome.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.binome.communication.Attachment;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A circle's calendar: planning, moving and recording sessions, the client rotation, and the invitations sent to
 * the facilitator and every active member.
 */
@Component
class CircleScheduling {

    private final CircleRecords records;
    private final Notifications notifications;
    private final Clock clock;

    CircleScheduling(CircleRecords records, Notifications notifications, Clock clock) {
        this.records = records;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Plans the next session: 2 to 6 weeks after the previous one (and in the future), with the next client of the
     * rotation, and sends every active member and the facilitator a calendar invitation.
     */
    long schedule(long circleId, Instant startsAt, String place) {
        var circle = circle(circleId);
        var sessions = records.sessions(circleId);
        CircleRules.start(
                startsAt,
                clock.instant(),
                sessions.isEmpty()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(
                                sessions.get(sessions.size() - 1).startsAt()));
        CircleRules.enoughActive(circle);
        var where = placeOr(place, circle.place());
        var id = insert(circle, startsAt, where, SessionView.SessionStatus.PLANNED, null);
        invite(circle, id, startsAt, where, 0);
        return id;
    }

    /**
     * Moves a planned session: same rules as planning it, the same calendar UID with a higher SEQUENCE so calendars
     * update the event instead of adding a second one.
     */
    void reschedule(long circleId, long sessionId, Instant startsAt, String place) {
        var circle = circle(circleId);
        var session = records.session(circleId, sessionId)
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        if (session.status() != SessionView.SessionStatus.PLANNED) {
            throw RuleViolation.conflict("training.session.notPlanned");
        }
        CircleRules.start(
                startsAt, clock.instant(), previous(circleId, sessionId).map(SessionView::startsAt));
        var where = placeOr(place, session.place());
        int sequence = session.sequence() + 1;
        records.move(sessionId, startsAt, where, sequence);
        invite(circle, sessionId, startsAt, where, sequence);
    }

    /** Records a session held in the past with its content (import and demo data): no invitation is sent. */
    long recordHeld(long circleId, Instant startsAt, String place, SessionRecord record) {
        var circle = circle(circleId);
        return insert(circle, startsAt, placeOr(place, circle.place()), SessionView.SessionStatus.DONE, record);
    }

    /** A member leaves; a planned session whose client left passes to the next person, so nobody is skipped twice. */
    void leave(long circleId, String employeeNumber) {
        if (!records.markLeft(circleId, employeeNumber)) {
            throw RuleViolation.notFound("training.error.notFound");
        }
        var circle = circle(circleId);
        var clients = new ArrayList<String>();
        for (var session : records.sessions(circleId)) {
            var client = session.client();
            if (session.status() == SessionView.SessionStatus.PLANNED && client.equals(employeeNumber)) {
                var next = Rotation.next(circle.activeNumbers(), clients);
                if (next.isPresent()) {
                    records.changeClient(session.id(), next.get());
                    client = next.get();
                }
            }
            clients.add(client);
        }
    }

    /** The session held just before this one, whose client opens this one with their follow-up. */
    java.util.Optional<SessionView> previous(long circleId, long sessionId) {
        SessionView previous = null;
        for (var s : records.sessions(circleId)) {
            if (s.id() == sessionId) {
                return java.util.Optional.ofNullable(previous);
            }
            previous = s;
        }
        return java.util.Optional.empty();
    }

    private long insert(
            CircleView circle, Instant startsAt, String place, SessionView.SessionStatus status, SessionRecord r) {
        var client = Rotation.next(
                        circle.activeNumbers(),
                        records.sessions(circle.id()).stream()
                                .map(SessionView::client)
                                .toList())
                .orElseThrow(() -> RuleViolation.invalid("training.circle.tooFewActive", CircleRules.MIN_MEMBERS));
        return records.insertSession(circle.id(), startsAt, place, client, status, r);
    }

    private CircleView circle(long circleId) {
        return records.find(circleId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
    }

    private static String placeOr(String place, String otherwise) {
        return place == null || place.isBlank() ? otherwise : place.strip();
    }

    private void invite(CircleView circle, long sessionId, Instant startsAt, String place, int sequence) {
        var ics = CalendarInvitation.of(
                "circle-session-" + sessionId + "@binome",
                sequence,
                startsAt,
                CircleRules.SESSION_MINUTES,
                circle.name(),
                place,
                clock.instant());
        var invitation = Notification.of(
                        circle.facilitator(),
                        "circle.planned",
                        Map.of(
                                "circle",
                                circle.name(),
                                "date",
                                startsAt.atZone(CalendarInvitation.PARIS),
                                "place",
                                place == null ? "" : place))
                .withAttachments(Attachment.calendar("codeveloppement.ics", ics))
                .withIdempotencyKey("circle-session:" + sessionId + ":" + sequence);
        notifications.notify(invitation.withLink("/facilitation/circles/" + circle.id()));
        notifications.notify(circle.activeNumbers(), invitation.withLink("/me/circles/" + circle.id()));
    }
}
