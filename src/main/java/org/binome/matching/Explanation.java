package org.binome.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * One plain-language sentence saying why two people make a good pair, in the reader's language: what the mentor can
 * pass on, what comes back, and the practical fit. Built from the same data as the score, so it never contradicts it.
 */
final class Explanation {

    private Explanation() {}

    /**
     * @param skillName the name of a skill code in the reader's language
     */
    static String of(
            Candidate mentor,
            Candidate mentee,
            double[] components,
            Function<String, String> skillName,
            MessageSource messages,
            Locale locale) {
        var parts = new ArrayList<String>();
        var mentorName = firstName(mentor);
        var menteeName = firstName(mentee);
        bestCovered(mentor.offered(), mentee.wanted()).ifPresent(skill -> {
            var priority = mentee.wanted().get(skill);
            var key = priority >= 3 ? "matching.explain.teachesPriority" : "matching.explain.teaches";
            parts.add(messages.getMessage(
                    key,
                    new Object[] {
                        mentorName, skillName.apply(skill), mentor.offered().get(skill), that(menteeName, locale)
                    },
                    locale));
        });
        bestCovered(mentee.offered(), mentor.wanted())
                .ifPresent(skill -> parts.add(messages.getMessage(
                        "matching.explain.sharesBack", new Object[] {menteeName, skillName.apply(skill)}, locale)));
        if (mentor.site() != null && mentor.site().equals(mentee.site())) {
            parts.add(messages.getMessage("matching.explain.sameSite", null, locale));
        } else if (components[ScoreComponent.LOCATION.ordinal()] > 0) {
            parts.add(messages.getMessage("matching.explain.remote", null, locale));
        }
        if (components[ScoreComponent.AVAILABILITY.ordinal()] >= 0.5) {
            parts.add(messages.getMessage("matching.explain.availability", null, locale));
        }
        if (components[ScoreComponent.DIVERSITY.ordinal()] > 0) {
            parts.add(messages.getMessage("matching.explain.otherDepartment", null, locale));
        }
        parts.add(messages.getMessage("matching.explain.noHierarchy", null, locale));
        var sentence = String.join(separator(locale), parts);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private static String separator(Locale locale) {
        // French typography puts a space before the semicolon.
        return "fr".equals(locale.getLanguage()) ? " ; " : "; ";
    }

    /** "que Bernard" but "qu’Alain": French elides before a vowel. English needs no conjunction here. */
    static String that(String name, Locale locale) {
        if (!"fr".equals(locale.getLanguage())) {
            return name;
        }
        var first = java.text.Normalizer.normalize(name.substring(0, 1), java.text.Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .charAt(0);
        return ("aeiouyh".indexOf(first) >= 0 ? "qu’" : "que ") + name;
    }

    /** The wanted skill with the highest priority that the other side offers, best level first. */
    static java.util.Optional<String> bestCovered(Map<String, Integer> offered, Map<String, Integer> wanted) {
        return wanted.entrySet().stream()
                .filter(w -> offered.containsKey(w.getKey()))
                .max(Comparator.comparingInt((Map.Entry<String, Integer> w) -> w.getValue())
                        .thenComparingInt(w -> offered.get(w.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private static String firstName(Candidate candidate) {
        var name = candidate.displayName();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
