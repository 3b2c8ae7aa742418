package org.binome.programs;

import java.text.Collator;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.binome.shared.Choices;
import org.binome.shared.Choices.Layout;
import org.springframework.context.MessageSource;

/** The check boxes and radio buttons of the application form in the reader's language, written by {@code bn:choices}. */
record ApplicationChoices(Choices role, Choices days, Choices slots, Choices languages, Choices modes) {

    static final List<DayOfWeek> DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static ApplicationChoices of(MessageSource messages, Locale locale) {
        Function<String, String> language = l -> messages.getMessage("programs.language." + l, null, locale);
        return new ApplicationChoices(
                Choices.radios(
                        "role", Layout.LINES, ParticipantRole.values(), messages, "programs.apply.role.", locale),
                Choices.checkboxes(
                        "preferredDays",
                        Layout.INLINE,
                        DAYS,
                        DayOfWeek::name,
                        d -> messages.getMessage("programs.day." + d.name(), null, locale)),
                Choices.checkboxes("timeSlots", Layout.INLINE, TimeSlot.values(), messages, "programs.slot.", locale),
                Choices.checkboxes(
                        "languages",
                        Layout.INLINE,
                        byName(ApplicationForm.LANGUAGES, language, locale),
                        l -> l,
                        language),
                Choices.radios("meetingMode", Layout.INLINE, MeetingMode.values(), messages, "programs.mode.", locale));
    }

    /** The languages in the alphabetical order of their names in the reader's language. */
    private static List<String> byName(Collection<String> codes, Function<String, String> name, Locale locale) {
        var collator = Collator.getInstance(locale);
        return codes.stream().sorted(Comparator.comparing(name, collator)).toList();
    }
}
