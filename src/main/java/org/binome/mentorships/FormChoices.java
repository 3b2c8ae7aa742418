package org.binome.mentorships;

import java.util.Locale;
import org.binome.shared.Choices;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The fixed choices of the pairs' forms, given to every page of the three controllers that render those forms
 * (planning a session, ending a pair, an objective's progress), whichever page a fragment lands on. Added page by page,
 * they went missing from the pair page for three days (2026-12-02 to 12-05): nobody could plan a session or end a pair.
 * The radio buttons come in the reader's language, written by {@code bn:choices}.
 */
@ControllerAdvice(assignableTypes = {MentorshipController.class, SessionController.class, PairsController.class})
class FormChoices {

    private final MessageSource messages;

    FormChoices(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("formatChoices")
    Choices formatChoices(Locale locale) {
        return Choices.radios(
                "format", Choices.Layout.INLINE, MeetingFormat.values(), messages, "mentorships.format.", locale);
    }

    @ModelAttribute("endReasons")
    EndReason[] endReasons() {
        return EndReason.values();
    }

    @ModelAttribute("progressChoices")
    Choices progressChoices(Locale locale) {
        return Choices.radios(
                "progress",
                Choices.Layout.INLINE,
                ObjectiveProgress.values(),
                messages,
                "mentorships.progress.",
                locale);
    }
}
