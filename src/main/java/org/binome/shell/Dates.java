package org.binome.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.binome.shared.ReaderDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the reader writes them ({@link ReaderDates}'s rule, in the request's language). Used in templates as
 * {@code ${@dates.date(value)}}.
 */
@Component("dates")
class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter INPUT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Clock clock;
    private final ZoneId zone;

    Dates(Clock clock, ZoneId timeZone) {
        this.clock = clock;
        this.zone = timeZone;
    }

    public String date(TemporalAccessor value) {
        return ReaderDates.date(value, zone, LocaleContextHolder.getLocale());
    }

    public String dateTime(TemporalAccessor value) {
        return ReaderDates.dateTime(value, zone, LocaleContextHolder.getLocale());
    }

    /** The time of day to the second, {@code 15:44:10} in both languages (an instant in the installation's zone). */
    public String time(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        var zoned = value instanceof java.time.Instant instant ? ZonedDateTime.ofInstant(instant, zone) : value;
        return TIME.format(zoned);
    }

    /**
     * An instant as an {@code <input type="datetime-local">} value ({@code 2027-01-31T12:30}, in the installation's time zone), for fields
     * not bound to a form object (bound ones are written by {@code spring.mvc.format.date-time}).
     */
    public String inputDateTime(java.time.Instant value) {
        if (value == null) {
            return "";
        }
        return INPUT_DATE_TIME.format(value.atZone(zone));
    }

    public String today() {
        return date(LocalDate.now(clock.withZone(zone)));
    }
}
