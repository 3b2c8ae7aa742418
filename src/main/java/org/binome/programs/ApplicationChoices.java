package org.binome.programs;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.binome.shared.Choices;
import org.springframework.context.MessageSource;

/** The check boxes and radio buttons of the application form in the reader's language, written by {@code bn:choices}. */
record ApplicationChoices(Choices role, Choices days, Choices slots, Choices languages, Choices modes) {

    static final List<DayOfWeek> DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static ApplicationChoices of(MessageSource messages, Locale locale) {
        return new ApplicationChoices(
                Choices.radios("role", false, ParticipantRole.values(), messages, "programs.apply.role.", locale),
                Choices.checkboxes(
                        "preferredDays",
                        true,
                        DAYS,
                        DayOfWeek::name,
                        d -> messages.getMessage("programs.day." + d.name(), null, locale)),
                Choices.checkboxes("timeSlots", true, TimeSlot.values(), messages, "programs.slot.", locale),
                Choices.checkboxes(
                        "languages",
                        true,
                        ApplicationForm.LANGUAGES.stream().sorted().toList(),
                        l -> l,
                        l -> messages.getMessage("programs.language." + l, null, locale)),
                Choices.radios("meetingMode", true, MeetingMode.values(), messages, "programs.mode.", locale));
    }
}
