package org.binome.mentorships;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The fixed choices of the pairs' forms, given to every page of the three controllers that render those forms
 * (planning a session, ending a pair, an objective's progress), whichever page a fragment lands on. Added page by page,
 * they went missing from the pair page for three days (2026-12-02 to 12-05): nobody could plan a session or end a pair.
 */
@ControllerAdvice(assignableTypes = {MentorshipController.class, SessionController.class, PairsController.class})
class FormChoices {

    @ModelAttribute("meetingFormats")
    MeetingFormat[] meetingFormats() {
        return MeetingFormat.values();
    }

    @ModelAttribute("endReasons")
    EndReason[] endReasons() {
        return EndReason.values();
    }

    @ModelAttribute("objectiveProgresses")
    ObjectiveProgress[] objectiveProgresses() {
        return ObjectiveProgress.values();
    }
}
