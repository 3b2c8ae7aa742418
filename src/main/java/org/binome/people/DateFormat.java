package org.binome.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one column writes its dates, chosen on the mapping screen or detected from its values. Day and month may have
 * one or two digits and be separated by "/", "." or "-"; a time after the date is ignored. Two-digit years are
 * resolved by the caller's {@link Window}.
 */
enum DateFormat {
    /** 2021-03-15 (also with a time, as some exports write). */
    ISO,
    DAY_MONTH_YEAR,
    MONTH_DAY_YEAR,
    DAY_MONTH_SHORT_YEAR,
    MONTH_DAY_SHORT_YEAR,
    /** 15 mars 2021, 15-Mar-2021, March 15, 2021. */
    TEXT,
    /** Days since 1899-12-30, as Excel stores dates (a CSV saved from a sheet whose dates were not formatted). */
    EXCEL_SERIAL,
    /** A year alone: for the year fields. */
    YEAR;

    /** How to read a two-digit year: never in the future (birth and hire dates), or up to 20 years ahead. */
    enum Window {
        PAST,
        NEAR_FUTURE
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})(?:[ T].*)?");
    private static final Pattern WORDS = Pattern.compile("[\\s,.\\-/]+");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(?:\\.\\d+)?");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, Integer> MONTHS = months();

    /** The date this value means in this format, or null when it does not read as one. */
    LocalDate parse(String value, LocalDate today, Window window) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        try {
            return switch (this) {
                case ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DAY_MONTH_SHORT_YEAR, MONTH_DAY_SHORT_YEAR ->
                    numeric(text, today, window);
                case TEXT -> text(text, today, window);
                case EXCEL_SERIAL -> serial(text);
                case YEAR -> YEAR_ONLY.matcher(text).matches() ? LocalDate.of(Integer.parseInt(text), 1, 1) : null;
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private LocalDate numeric(String text, LocalDate today, Window window) {
        var m = NUMERIC.matcher(text);
        if (!m.matches()) {
            return null;
        }
        var a = m.group(1);
        var b = m.group(2);
        var c = m.group(3);
        if (a.length() == 4 && c.length() <= 2) {
            // year first is never ambiguous: ISO dates are read whatever the column's format
            return date(num(a), num(b), num(c));
        }
        return switch (this) {
            case ISO -> a.length() == 4 && c.length() <= 2 ? date(num(a), num(b), num(c)) : null;
            case DAY_MONTH_YEAR -> c.length() == 4 && a.length() <= 2 ? date(num(c), num(b), num(a)) : null;
            case MONTH_DAY_YEAR -> c.length() == 4 && a.length() <= 2 ? date(num(c), num(a), num(b)) : null;
            case DAY_MONTH_SHORT_YEAR ->
                c.length() == 2 && a.length() <= 2 ? shortYear(num(c), num(b), num(a), today, window) : null;
            case MONTH_DAY_SHORT_YEAR ->
                c.length() == 2 && a.length() <= 2 ? shortYear(num(c), num(a), num(b), today, window) : null;
            default -> null;
        };
    }

    private static LocalDate text(String text, LocalDate today, Window window) {
        var parts = WORDS.split(ImportField.normalise(text));
        if (parts.length < 3) {
            return null;
        }
        Integer day = null;
        Integer month = null;
        String year = null;
        for (int i = 0; i < 3; i++) {
            var part = parts[i];
            if (part.chars().allMatch(Character::isDigit)) {
                if (part.length() == 4 || (day != null && month != null)) {
                    year = part;
                } else if (day == null) {
                    day = num(part);
                } else {
                    return null;
                }
            } else {
                var named = MONTHS.get(part.length() > 4 ? part : part.replace(".", ""));
                if (named == null || month != null) {
                    return null;
                }
                month = named;
            }
        }
        if (day == null || month == null || year == null) {
            return null;
        }
        return year.length() == 4
                ? date(num(year), month, day)
                : year.length() == 2 ? shortYear(num(year), month, day, today, window) : null;
    }

    private static LocalDate serial(String text) {
        if (!SERIAL.matcher(text).matches()) {
            return null;
        }
        long days = (long) Double.parseDouble(text);
        // 1 January 1920 .. 31 December 2099: anything else is a number, not a date
        return days >= 7306 && days <= 73415 ? EXCEL_EPOCH.plusDays(days) : null;
    }

    private static LocalDate shortYear(int yy, int month, int day, LocalDate today, Window window) {
        var date = date(2000 + yy, month, day);
        var limit = window == Window.PAST ? today : today.plusYears(20);
        return date.isAfter(limit) ? date(1900 + yy, month, day) : date;
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /** What the values of one column say about its format. */
    record Detection(DateFormat format, List<DateFormat> fitting, boolean ambiguous, int unreadable) {}

    /**
     * The format that reads every sample (or most of them), preferring day before month as French files do; ambiguous
     * when both day-month and month-day read every sample, that is when no day is above 12.
     */
    static Detection detect(List<String> samples, boolean yearField, LocalDate today) {
        var read = new EnumMap<DateFormat, Integer>(DateFormat.class);
        int values = 0;
        for (var sample : samples) {
            if (sample == null || sample.isBlank()) {
                continue;
            }
            values++;
            for (var format : values()) {
                if (format == YEAR && !yearField) {
                    continue;
                }
                if (format.parse(sample, today, Window.PAST) != null) {
                    read.merge(format, 1, Integer::sum);
                }
            }
        }
        var fitting = new ArrayList<DateFormat>();
        DateFormat best = yearField ? YEAR : DAY_MONTH_YEAR;
        int bestCount = 0;
        for (var format : values()) {
            int count = read.getOrDefault(format, 0);
            if (values > 0 && count == values) {
                fitting.add(format);
            }
            if (count > bestCount) {
                best = format;
                bestCount = count;
            }
        }
        boolean ambiguous = values > 0
                && !fitting.contains(ISO)
                && (fitting.contains(DAY_MONTH_YEAR) && fitting.contains(MONTH_DAY_YEAR)
                        || fitting.contains(DAY_MONTH_SHORT_YEAR) && fitting.contains(MONTH_DAY_SHORT_YEAR));
        return new Detection(best, List.copyOf(fitting), ambiguous, values - bestCount);
    }

    /** The pattern shown to the administrator: "jj/mm/aaaa" or "dd/mm/yyyy" comes from the messages. */
    public String messageKey() {
        return "import.dateFormat." + name();
    }

    private static Map<String, Integer> months() {
        var months = new java.util.HashMap<String, Integer>();
        String[][] names = {
            {"january", "jan", "janvier", "janv"},
            {"february", "feb", "fevrier", "fevr", "fev"},
            {"march", "mar", "mars"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"},
            {"august", "aug", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "decembre"}
        };
        for (int i = 0; i < names.length; i++) {
            for (var name : names[i]) {
                months.put(name.toLowerCase(Locale.ROOT), i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
