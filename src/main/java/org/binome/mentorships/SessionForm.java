package org.binome.mentorships;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * A session as a member plans or moves it: a date, a start and an end time (in the installation's time zone), a place
 * or a link.
 */
record SessionForm(
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        @NotNull MeetingFormat format,
        @Size(max = 200) String place,
        @Size(max = 500) String link,
        @Size(max = 4000) String agenda,
        Integer version) {

    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 480;

    static SessionForm blank(LocalDate day, Integer minutes) {
        var start = LocalTime.of(12, 30);
        return new SessionForm(
                day,
                start,
                start.plusMinutes(minutes == null ? 60 : Math.min(Math.max(minutes, MIN_MINUTES), 240)),
                MeetingFormat.IN_PERSON,
                "",
                "",
                "",
                null);
    }

    static SessionForm of(SessionView session, ZoneId zone) {
        var start = session.startsAt().atZone(zone);
        var end = session.endsAt().atZone(zone);
        return new SessionForm(
                start.toLocalDate(),
                start.toLocalTime(),
                end.toLocalTime(),
                session.format(),
                session.place(),
                session.link(),
                session.agenda(),
                session.version());
    }

    /**
     * The slot, once Bean Validation ({@code @Valid}) has checked each field: the rules that tie fields together
     * (a place in person, a secure link remote, an end after the start, a time to come); empty with the reasons
     * recorded next to each field.
     */
    Optional<SessionSlot> toSlot(Errors errors, Instant now, ZoneId zone) {
        if (format == MeetingFormat.IN_PERSON
                && (place == null || place.isBlank())
                && !errors.hasFieldErrors("place")) {
            errors.rejectValue("place", "NotBlank");
        }
        if (format == MeetingFormat.REMOTE && !errors.hasFieldErrors("link")) {
            if (link == null || link.isBlank()) {
                errors.rejectValue("link", "NotBlank");
            } else if (!isSecureLink(link)) {
                errors.rejectValue("link", "mentorships.session.error.link");
            }
        }
        Instant start = null;
        int minutes = 0;
        if (date != null && startTime != null && endTime != null) {
            minutes = (int) Duration.between(startTime, endTime).toMinutes();
            if (!endTime.isAfter(startTime)) {
                errors.rejectValue("endTime", "mentorships.session.error.endBeforeStart");
            } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                errors.rejectValue(
                        "endTime", "mentorships.session.error.duration", new Object[] {MIN_MINUTES, MAX_MINUTES}, null);
            }
            start = date.atTime(startTime).atZone(zone).toInstant();
            if (!start.isAfter(now)) {
                errors.rejectValue("date", "mentorships.session.error.past");
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SessionSlot(
                start,
                minutes,
                format,
                place == null ? null : place.strip(),
                link == null ? null : link.strip(),
                agenda));
    }

    static boolean isSecureLink(String link) {
        try {
            var uri = new URI(link.strip());
            return uri.getScheme() != null
                    && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
