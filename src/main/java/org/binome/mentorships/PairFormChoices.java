package org.binome.mentorships;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.binome.shared.Choices;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The fixed choices of the pairs' forms (planning a session, ending a pair, an objective's progress), asked by the
 * forms' own fragments ({@code bn:choices="${@pairFormChoices.format(#locale)}"}), so that they are there whichever
 * page a fragment lands on. Given page by page in the model, they once went missing from the pair page for three
 * days (2026-12-02 to 12-05): nobody could plan a session or end a pair. The radio buttons come in the reader's
 * language, written by {@code bn:choices}.
 *
 * <p>Why not {@code @ModelAttribute}s of a {@code @ControllerAdvice}, as they were: Spring MVC then builds and calls
 * them for every request of the three controllers, the pages without any of these forms included (the pairs list),
 * at some 1 % of a page's CPU each (see {@code NotificationBell}).
 */
@Component("pairFormChoices")
public class PairFormChoices {

    private static final List<String> END_REASONS =
            Arrays.stream(EndReason.values()).map(Enum::name).toList();

    private final MessageSource messages;

    PairFormChoices(MessageSource messages) {
        this.messages = messages;
    }

    /** Where a session is held: in person or remotely. */
    public Choices format(Locale locale) {
        return Choices.radios(
                "format", Choices.Layout.INLINE, MeetingFormat.values(), messages, "mentorships.format.", locale);
    }

    /** Why a pair may end early, the names of the reasons in the order the select offers them. */
    public List<String> endReasons() {
        return END_REASONS;
    }

    /** Where an objective stands. */
    public Choices progress(Locale locale) {
        return Choices.radios(
                "progress",
                Choices.Layout.INLINE,
                ObjectiveProgress.values(),
                messages,
                "mentorships.progress.",
                locale);
    }
}
