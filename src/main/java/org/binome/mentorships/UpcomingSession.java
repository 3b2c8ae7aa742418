package org.binome.mentorships;

import java.time.Instant;

/** A person's next planned session. */
record UpcomingSession(
        long mentorshipId,
        long sessionId,
        Instant startsAt,
        Instant endsAt,
        MeetingFormat format,
        String place,
        String link,
        String with) {

    public String link() {
        return link;
    }

    public String page() {
        return "/mentorships/" + mentorshipId + "/sessions/" + sessionId;
    }
}
