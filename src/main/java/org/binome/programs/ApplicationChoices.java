package org.binome.programs;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.binome.shared.Choices;
import org.springframework.context.MessageSource;

/**
 * The check boxes and radio buttons of the application form in the reader's language, ticked as the form holds them:
 * written by {@code bn:choices}.
 */
record ApplicationChoices(Choices role, Choices days, Choices slots, Choices languages, Choices modes) {

    static final List<DayOfWeek> DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static ApplicationChoices of(ApplicationForm form, MessageSource messages, Locale locale) {
        return new ApplicationChoices(
                Choices.radios(
                        "role",
                        false,
                        List.of(ParticipantRole.values()),
                        ParticipantRole::name,
                        r -> messages.getMessage("programs.apply.role." + r.name(), null, locale),
                        r -> r == form.role()),
                Choices.checkboxes(
                        "preferredDays",
                        DAYS,
                        DayOfWeek::name,
                        d -> messages.getMessage("programs.day." + d.name(), null, locale),
                        form.preferredDays()::contains),
                Choices.checkboxes(
                        "timeSlots",
                        List.of(TimeSlot.values()),
                        TimeSlot::name,
                        t -> messages.getMessage("programs.slot." + t.name(), null, locale),
                        form.timeSlots()::contains),
                Choices.checkboxes(
                        "languages",
                        ApplicationForm.LANGUAGES.stream().sorted().toList(),
                        l -> l,
                        l -> messages.getMessage("programs.language." + l, null, locale),
                        form.languages()::contains),
                Choices.radios(
                        "meetingMode",
                        true,
                        List.of(MeetingMode.values()),
                        MeetingMode::name,
                        m -> messages.getMessage("programs.mode." + m.name(), null, locale),
                        m -> m == form.meetingMode()));
    }
}
