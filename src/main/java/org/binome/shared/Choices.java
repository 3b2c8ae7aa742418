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
 * @param inline the boxes side by side ({@code form-check-inline}) rather than one a line
 * @param items the boxes in order
 */
public record Choices(String field, boolean radio, boolean inline, List<Choice> items) {

    /** One box: the value it sends and its label. */
    public record Choice(String value, String label) {}

    public Choices {
        items = List.copyOf(items);
    }

    /** Check boxes, one a value, side by side ({@code inline}) or one a line. */
    public static <T> Choices checkboxes(
            String field, boolean inline, Collection<T> values, Function<T, String> value, Function<T, String> label) {
        return new Choices(field, false, inline, items(values, value, label));
    }

    /** Radio buttons, one a value, side by side ({@code inline}) or one a line. */
    public static <T> Choices radios(
            String field, boolean inline, Collection<T> values, Function<T, String> value, Function<T, String> label) {
        return new Choices(field, true, inline, items(values, value, label));
    }

    /** Check boxes, one a constant of an enum, labelled by the message {@code keyPrefix + name} in {@code locale}. */
    public static <E extends Enum<E>> Choices checkboxes(
            String field, boolean inline, E[] values, MessageSource messages, String keyPrefix, Locale locale) {
        return checkboxes(field, inline, List.of(values), Enum::name, labels(messages, keyPrefix, locale));
    }

    /** Radio buttons, one a constant of an enum, labelled by the message {@code keyPrefix + name} in {@code locale}. */
    public static <E extends Enum<E>> Choices radios(
            String field, boolean inline, E[] values, MessageSource messages, String keyPrefix, Locale locale) {
        return radios(field, inline, List.of(values), Enum::name, labels(messages, keyPrefix, locale));
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
