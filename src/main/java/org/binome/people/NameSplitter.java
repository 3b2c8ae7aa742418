package org.binome.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a full-name cell into first and last name, in the order the export writes names. Middle names and initials
 * stay with the first name ("Adinolfi, Wilson K" → Wilson K / Adinolfi); particles and suffixes stay with the last name
 * ("Jean de La Fontaine" → Jean / de La Fontaine, "Martin Luther King Jr." → Martin Luther / King Jr.).
 */
final class NameSplitter {

    enum Order {
        /** "Last, First": HRIS exports and payroll files. */
        LAST_COMMA_FIRST,
        /** "First Last". */
        FIRST_LAST,
        /** "LAST First": French administrative style, the family name in capitals. */
        UPPER_LAST_FIRST
    }

    /** First and last name, or the reason (an {@code import.reason} key) the cell does not split. */
    record Split(String first, String last, String problem) {
        static Split of(String first, String last) {
            return new Split(first, last, null);
        }

        static Split failed(String problem) {
            return new Split(null, null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "der", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "ter",
            "ten", "ben", "bin", "ibn", "el", "al", "st", "st.", "mac", "d'", "l'");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private NameSplitter() {}

    static Split split(String value, Order order) {
        var name = value == null ? "" : SPACES.matcher(value.strip()).replaceAll(" ");
        if (name.isEmpty()) {
            return Split.failed("missingValue");
        }
        return switch (order) {
            case LAST_COMMA_FIRST -> lastCommaFirst(name);
            case FIRST_LAST -> firstLast(name);
            case UPPER_LAST_FIRST -> upperLastFirst(name);
        };
    }

    /** The order most cells of a column follow: a comma, then capitals first, otherwise first name first. */
    static Order detect(List<String> samples) {
        int commas = 0;
        int upper = 0;
        int counted = 0;
        for (var sample : samples) {
            if (sample == null || sample.isBlank()) {
                continue;
            }
            counted++;
            if (sample.contains(",")) {
                commas++;
            } else if (upperLastFirst(SPACES.matcher(sample.strip()).replaceAll(" "))
                            .ok()
                    && isUpper(sample.strip().split(" ")[0])) {
                upper++;
            }
        }
        if (counted > 0 && commas * 2 >= counted) {
            return Order.LAST_COMMA_FIRST;
        }
        return counted > 0 && upper * 2 >= counted ? Order.UPPER_LAST_FIRST : Order.FIRST_LAST;
    }

    private static Split lastCommaFirst(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            return Split.failed("nameNoComma");
        }
        var last = name.substring(0, comma).strip();
        var first = name.substring(comma + 1).strip();
        // "King, Martin Luther, Jr." : the suffix goes back to the last name
        int second = first.indexOf(',');
        if (second >= 0) {
            var suffix = first.substring(second + 1).strip();
            first = first.substring(0, second).strip();
            if (!suffix.isEmpty()) {
                last = last + " " + suffix;
            }
        }
        if (last.isEmpty() || first.isEmpty()) {
            return Split.failed("nameNotSplit");
        }
        return Split.of(first, last);
    }

    private static Split firstLast(String name) {
        var words = name.split(" ");
        int end = words.length;
        while (end > 1 && SUFFIXES.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end < 2) {
            return Split.failed("nameNotSplit");
        }
        int lastStart = end - 1;
        // particles before the family name belong to it ("Jean de La Fontaine"), never the first word
        while (lastStart > 1 && PARTICLES.contains(words[lastStart - 1].toLowerCase(Locale.ROOT))) {
            lastStart--;
        }
        return Split.of(join(words, 0, lastStart), join(words, lastStart, words.length));
    }

    private static Split upperLastFirst(String name) {
        var words = name.split(" ");
        if (words.length < 2) {
            return Split.failed("nameNotSplit");
        }
        int upper = 0;
        while (upper < words.length
                && (isUpper(words[upper]) || PARTICLES.contains(words[upper].toLowerCase(Locale.ROOT)))) {
            upper++;
        }
        if (upper == words.length) {
            // every word in capitals: only "DUPONT JEAN" is clear
            return words.length == 2 ? Split.of(words[1], words[0]) : Split.failed("nameNotSplit");
        }
        if (upper == 0) {
            return Split.failed("nameNoCapitals");
        }
        return Split.of(join(words, upper, words.length), join(words, 0, upper));
    }

    /** At least two letters, none of them lower case ("DUPONT", "LE-GALL", "O'NEILL"). */
    private static boolean isUpper(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }
}
