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

    @ExceptionHandler(TrainingException.class)
    String ruleBroken(TrainingException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("problemKey", e.messageKey());
        model.addAttribute("problemArguments", e.arguments());
        model.addAttribute("status", e.status());
        return "training/problem";
    }
}
