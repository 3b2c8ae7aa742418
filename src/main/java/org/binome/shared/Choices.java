package org.binome.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A group of check boxes or radio buttons bound to one field of a form, their labels already in the reader's language
 * and their state already decided; a template writes the group with {@code bn:choices} ({@link BinomeDialect}), as
 * {@code th:field} would write each box (names, ids, the check-box marker, the error state of the field).
 *
 * <p>Written out in the template, each box cost five expressions (field, value, label, label's target, error state) and
 * a bind status; the application form, with some twenty boxes, spent a sixth of its time there.
 *
 * @param field the form's field the boxes are bound to (their {@code name})
 * @param radio radio buttons (one value) rather than check boxes (any number of values)
 * @param inline the boxes side by side ({@code form-check-inline}) rather than one a line
 * @param items the boxes in order: value, label, whether checked
 */
public record Choices(String field, boolean radio, boolean inline, List<SelectOption> items) {

    public Choices {
        items = List.copyOf(items);
    }

    /** Check boxes, one a value, side by side, checked where {@code checked} says so. */
    public static <T> Choices checkboxes(
            String field,
            Collection<T> values,
            Function<T, String> value,
            Function<T, String> label,
            Predicate<T> checked) {
        return new Choices(field, false, true, options(values, value, label, checked));
    }

    /** Radio buttons, one a value, side by side ({@code inline}) or one a line. */
    public static <T> Choices radios(
            String field,
            boolean inline,
            Collection<T> values,
            Function<T, String> value,
            Function<T, String> label,
            Predicate<T> checked) {
        return new Choices(field, true, inline, options(values, value, label, checked));
    }

    private static <T> List<SelectOption> options(
            Collection<T> values, Function<T, String> value, Function<T, String> label, Predicate<T> checked) {
        var options = new ArrayList<SelectOption>(values.size());
        for (var v : values) {
            options.add(new SelectOption(value.apply(v), label.apply(v), checked.test(v)));
        }
        return options;
    }
}
