package org.binome.training;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A training rule that said no becomes a page that says why, with the matching HTTP status. */
@ControllerAdvice(
        assignableTypes = {
            TrainingAdminController.class,
            ParticipantTrainingController.class,
            FacilitationController.class
        })
class TrainingProblems {

    private final org.springframework.context.MessageSource messages;

    TrainingProblems(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TrainingException.class)
    String ruleBroken(TrainingException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("problemText", text(messages, e));
        model.addAttribute("status", e.status());
        return "training/problem";
    }

    /** The translated explanation, with its arguments (Thymeleaf would pass an array as one argument). */
    static String text(org.springframework.context.MessageSource messages, TrainingException e) {
        return messages.getMessage(
                e.messageKey(),
                e.arguments(),
                e.messageKey(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
