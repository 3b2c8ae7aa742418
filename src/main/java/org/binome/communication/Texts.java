package org.binome.communication;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Notification texts: messages with named placeholders ({@code Séance le {date} avec {partner}}) filled with the
 * notification's values, written the way the recipient reads dates and numbers; a value given as a
 * {@link MessageSourceResolvable} (a role's name) is written in the recipient's language. A missing text or value is an error
 * that names what is missing, never a half-written message.
 */
@Component
class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final MessageSource messages;
    private final ZoneId zone;

    Texts(MessageSource messages, ZoneId timeZone) {
        this.messages = messages;
        this.zone = timeZone;
    }

    /** A plain message (no placeholders), or its key when it does not exist. */
    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String fill(String key, Map<String, Object> params, Locale locale) {
        String pattern;
        try {
            // No arguments: the text is returned as written, without MessageFormat.
            pattern = messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            throw new MissingTemplateValueException("no text '" + key + "'");
        }
        var values = params;
        if (params.values().stream().anyMatch(MessageSourceResolvable.class::isInstance)) {
            // a word to write in the reader's language (a role's name…): looked up now, for this reader
            values = new java.util.HashMap<>(params);
            values.replaceAll((name, value) ->
                    value instanceof MessageSourceResolvable word ? messages.getMessage(word, locale) : value);
        }
        return fill(key, pattern, values, locale, zone);
    }

    /** Fills {@code pattern}'s placeholders; moments are shown in {@code zone}. */
    static String fill(String key, String pattern, Map<String, Object> params, Locale locale, ZoneId zone) {
        var matcher = PLACEHOLDER.matcher(pattern);
        var result = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            var value = params.get(name);
            if (value == null) {
                throw new MissingTemplateValueException("'" + key + "' needs a value for {" + name + "}");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(format(value, locale, zone)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    static String format(Object value, Locale locale, ZoneId zone) {
        boolean french = "fr".equals(locale.getLanguage());
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(french ? "EEEE d MMMM yyyy" : "EEEE, MMMM d, yyyy", locale)
                    .format(date);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ofPattern(french ? "HH'h'mm" : "h:mm a", locale)
                    .format(time);
        }
        ZonedDateTime moment = null;
        if (value instanceof Instant instant) {
            moment = instant.atZone(zone);
        } else if (value instanceof ZonedDateTime zoned) {
            moment = zoned.withZoneSameInstant(zone);
        } else if (value instanceof OffsetDateTime offset) {
            moment = offset.atZoneSameInstant(zone);
        } else if (value instanceof LocalDateTime local) {
            moment = local.atZone(zone);
        }
        if (moment != null) {
            return DateTimeFormatter.ofPattern(
                            french ? "EEEE d MMMM yyyy 'à' HH'h'mm" : "EEEE, MMMM d, yyyy 'at' h:mm a", locale)
                    .format(moment);
        }
        if (value instanceof Number number) {
            return NumberFormat.getInstance(locale).format(number);
        }
        return value.toString();
    }
}
