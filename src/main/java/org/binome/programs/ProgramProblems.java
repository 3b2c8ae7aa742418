package org.binome.programs;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** A programme rule that said no becomes a page that says why, with the matching HTTP status. */
@ControllerAdvice(
        assignableTypes = {
            ProgramAdminController.class,
            ApplicationReviewController.class,
            ProgramPageController.class,
            ApplicationController.class
        })
class ProgramProblems {

    @ModelAttribute("applicationStatuses")
    ApplicationStatus[] applicationStatuses() {
        return ApplicationStatus.values();
    }

    @ModelAttribute("participantRoles")
    ParticipantRole[] participantRoles() {
        return ParticipantRole.values();
    }

    @ExceptionHandler(ProgramRuleException.class)
    String ruleBroken(ProgramRuleException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("problemKey", e.messageKey());
        model.addAttribute("problemArguments", e.arguments());
        model.addAttribute("status", e.status());
        return "programs/problem";
    }
}
