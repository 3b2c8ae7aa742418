package org.binome.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * Form objects are records, bound through their constructor. When the binder cannot read a value (a {@code
 * typeMismatch}), Spring still builds the record (that value left null) but its binding result has no object to read
 * from, so a rule checked afterwards cannot add its own error ({@code rejectValue} fails). {@link #readable} gives the
 * binding result the form back, keeping every error and every value as typed.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * The binding result to add further errors to: {@code errors} itself, or — after a value the binder could not
     * read — a copy that reads the form, put in the model in its place (with the form itself) so that the page shows it.
     */
    public static BindingResult readable(Object form, BindingResult errors, Model model) {
        if (errors.getTarget() != null) {
            return errors;
        }
        var readable = new DirectFieldBindingResult(form, errors.getObjectName());
        readable.addAllErrors(errors);
        // the model holds the binder's target (none) under the form's name: the page reads the form itself
        model.addAttribute(errors.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), readable);
        return readable;
    }
}
