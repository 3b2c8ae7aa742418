package org.binome.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * One option of a select, its label already in the reader's language and its selection already decided; a template
 * writes a list of them with {@code bn:options} ({@link BinomeDialect}).
 *
 * <p>For a form that repeats the same select on every row of a table (a level per skill): written out in the template,
 * each option looked up its message from a key built per option and compared the form's value through a method call,
 * three expressions an option and most of the page's time. Built once in Java, the page writes them as they are.
 */
public record SelectOption(String value, String label, boolean selected) {

    /**
     * One option a value, labelled with the value itself, in the given order; selected when {@code chosen} holds it
     * (a multiple select's current values, {@code null} for none).
     */
    public static List<SelectOption> each(Collection<String> values, Collection<String> chosen) {
        var selected = chosen == null ? Set.<String>of() : Set.copyOf(chosen);
        return values.stream()
                .map(value -> new SelectOption(value, value, selected.contains(value)))
                .toList();
    }

    /**
     * A numbered scale (levels, priorities) in the reader's language, its words looked up once a page: "none", then the
     * labels of {@code keyPrefix + 1..max}.
     */
    public static final class Scale {

        private final String none;
        private final String[] labels;

        private Scale(String none, String[] labels) {
            this.none = none;
            this.labels = labels;
        }

        public static Scale of(MessageSource messages, Locale locale, String noneKey, String keyPrefix, int max) {
            var labels = new String[max + 1];
            for (int n = 1; n <= max; n++) {
                labels[n] = messages.getMessage(keyPrefix + n, null, locale);
            }
            return new Scale(messages.getMessage(noneKey, null, locale), labels);
        }

        /**
         * The options "none" (value {@code noneValue}) then {@code 1..max} (value {@code valuePrefix + n}), the one
         * equal to {@code current} selected ("none" for a number off the scale).
         */
        public List<SelectOption> options(String noneValue, String valuePrefix, int current) {
            int max = labels.length - 1;
            var options = new ArrayList<SelectOption>(max + 1);
            options.add(new SelectOption(noneValue, none, current < 1 || current > max));
            for (int n = 1; n <= max; n++) {
                options.add(new SelectOption(valuePrefix + n, labels[n], n == current));
            }
            return options;
        }
    }
}
