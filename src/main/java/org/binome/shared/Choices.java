package org.binome.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * A group of check boxes or radio buttons bound to one field of a form, their labels already in the reader's language;
 * a template writes the group with {@code bn:choices} ({@link BinomeDialect}) inside the form's {@code th:object}, as
 * {@code th:field} would write each box: the boxes the form's field holds are ticked, the field's errors mark them.
 *
 * <p>Written out in the template, each box cost a bind status and five expressions (field, value, label, label's
 * target, error state); the application form, with some twenty boxes, spent a sixth of its time there. A group costs
 * one bind status and one expression.
 *
 * @param field the form's field the boxes are bound to (their {@code name})
 * @param radio radio buttons (one value) rather than check boxes (any number of values)
 * @param layout how the boxes are laid out
 * @param items the boxes in order
 */
public record Choices(String field, boolean radio, Layout layout, List<Choice> items) {

    /** One box: the value it sends and its label. */
    public record Choice(String value, String label) {}

    /** How the boxes of a group are laid out. */
    public enum Layout {
        /** One box a line: a few choices with long labels. */
        LINES,
        /** Side by side, wrapping at the end of the line ({@code form-check-inline}): a few short labels. */
        INLINE,
        /** In three columns on a wide screen, one on a narrow one: a long list, such as a catalogue. */
        COLUMNS
    }

    public Choices {
        items = List.copyOf(items);
    }

    /** Check boxes, one a value. */
    public static <T> Choices checkboxes(
            String field, Layout layout, Collection<T> values, Function<T, String> value, Function<T, String> label) {
        return new Choices(field, false, layout, items(values, value, label));
    }

    /** Radio buttons, one a value. */
    public static <T> Choices radios(
            String field, Layout layout, Collection<T> values, Function<T, String> value, Function<T, String> label) {
        return new Choices(field, true, layout, items(values, value, label));
    }

    /** Check boxes, one a constant of an enum, labelled by the message {@code keyPrefix + name} in {@code locale}. */
    public static <E extends Enum<E>> Choices checkboxes(
            String field, Layout layout, E[] values, MessageSource messages, String keyPrefix, Locale locale) {
        return checkboxes(field, layout, List.of(values), Enum::name, labels(messages, keyPrefix, locale));
    }

    /** Radio buttons, one a constant of an enum, labelled by the message {@code keyPrefix + name} in {@code locale}. */
    public static <E extends Enum<E>> Choices radios(
            String field, Layout layout, E[] values, MessageSource messages, String keyPrefix, Locale locale) {
        return radios(field, layout, List.of(values), Enum::name, labels(messages, keyPrefix, locale));
    }

    private static <E extends Enum<E>> Function<E, String> labels(
            MessageSource messages, String keyPrefix, Locale locale) {
        return e -> messages.getMessage(keyPrefix + e.name(), null, locale);
    }

    private static <T> List<Choice> items(Collection<T> values, Function<T, String> value, Function<T, String> label) {
        var items = new ArrayList<Choice>(values.size());
        for (var v : values) {
            items.add(new Choice(value.apply(v), label.apply(v)));
        }
        return items;
    }
}
