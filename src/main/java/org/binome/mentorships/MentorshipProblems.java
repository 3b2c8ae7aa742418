package org.binome.mentorships;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** A mentorship rule that said no becomes a page that says why, with the matching HTTP status. */
@ControllerAdvice(assignableTypes = {MentorshipController.class, SessionController.class, PairsController.class})
class MentorshipProblems {

    @ModelAttribute("objectiveProgresses")
    ObjectiveProgress[] objectiveProgresses() {
        return ObjectiveProgress.values();
    }

    @ModelAttribute("meetingFormats")
    MeetingFormat[] meetingFormats() {
        return MeetingFormat.values();
    }

    @ModelAttribute("endReasons")
    EndReason[] endReasons() {
        return EndReason.values();
    }

    @ExceptionHandler(MentorshipRuleException.class)
    String ruleBroken(MentorshipRuleException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("problemKey", e.messageKey());
        model.addAttribute("problemArguments", e.arguments());
        model.addAttribute("status", e.status());
        return "mentorships/problem";
    }
}
