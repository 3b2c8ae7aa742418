package org.binome.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as the reader writes them: {@code 27/11/2026} and {@code 27/11/2026 14:30} in French, {@code 27 Nov 2026} and
 * {@code 27 Nov 2026, 14:30} in English; an instant is shown as the day and time it is in the installation's zone.
 * The one rule for the templates (through {@code ${@dates...}}) and for the rows and messages built in Java.
 */
public final class ReaderDates {

    private ReaderDates() {}

    /** The day, or an empty text for none. */
    public static String date(TemporalAccessor value, ZoneId zone, Locale locale) {
        return value == null ? "" : pattern("dd/MM/yyyy", "d MMM yyyy", locale).format(inZone(value, zone));
    }

    /** The day and the time to the minute, or an empty text for none. */
    public static String dateTime(TemporalAccessor value, ZoneId zone, Locale locale) {
        return value == null
                ? ""
                : pattern("dd/MM/yyyy HH:mm", "d MMM yyyy, HH:mm", locale).format(inZone(value, zone));
    }

    private static TemporalAccessor inZone(TemporalAccessor value, ZoneId zone) {
        return value instanceof Instant instant ? ZonedDateTime.ofInstant(instant, zone) : value;
    }

    /** Formatters are immutable: each pattern and language is parsed once, not on every date of every page. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private static DateTimeFormatter pattern(String french, String other, Locale locale) {
        var pattern = "fr".equals(locale.getLanguage()) ? french : other;
        return FORMATTERS.computeIfAbsent(
                pattern + '|' + locale.toLanguageTag(), key -> DateTimeFormatter.ofPattern(pattern, locale));
    }
}
