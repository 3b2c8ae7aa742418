package org.binome.matching;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A matching rule that said no, outside a page that can show it in place, becomes a page that says why. */
@ControllerAdvice(assignableTypes = {MatchingAdminController.class, ParticipantMatchingController.class})
class MatchingProblems {

    @ExceptionHandler(MatchingException.class)
    String ruleBroken(MatchingException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("problemKey", e.messageKey());
        model.addAttribute("status", e.status());
        return "matching/problem";
    }
}
