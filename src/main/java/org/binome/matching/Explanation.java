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

    /**
     * Why two mentors lead a group together: the group's wanted skill each one passes on better than the other, in
     * the reader's language.
     */
    static String coMentors(
            Candidate first,
            Candidate second,
            java.util.List<Candidate> mentees,
            Function<String, String> skillName,
            MessageSource messages,
            Locale locale) {
        var firstName = firstName(first);
        var secondName = firstName(second);
        var firstAdds = bestAdded(first, second, mentees);
        var secondAdds = bestAdded(second, first, mentees);
        String sentence;
        if (firstAdds.isPresent() && secondAdds.isPresent()) {
            sentence = messages.getMessage(
                    "matching.explain.coMentors.complement",
                    new Object[] {
                        firstName, secondName, skillName.apply(firstAdds.get()), skillName.apply(secondAdds.get())
                    },
                    locale);
        } else if (firstAdds.isPresent() || secondAdds.isPresent()) {
            var adds = firstAdds.isPresent() ? firstName : secondName;
            sentence = messages.getMessage(
                    "matching.explain.coMentors.adds",
                    new Object[] {firstName, secondName, adds, skillName.apply(firstAdds.orElseGet(secondAdds::get))},
                    locale);
        } else {
            sentence = messages.getMessage(
                    "matching.explain.coMentors.together", new Object[] {firstName, secondName}, locale);
        }
        return sentence + ".";
    }

    /** The skill the group wants most (priorities summed) that this mentor offers at a higher level than the other. */
    static java.util.Optional<String> bestAdded(Candidate mentor, Candidate other, java.util.List<Candidate> mentees) {
        var demand = new java.util.TreeMap<String, Integer>();
        for (var mentee : mentees) {
            mentee.wanted().forEach((skill, priority) -> {
                if (mentor.offered().getOrDefault(skill, 0) > other.offered().getOrDefault(skill, 0)) {
                    demand.merge(skill, priority, Integer::sum);
                }
            });
        }
        return demand.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
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
