package org.binome.programs;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.binome.skills.SkillDeclaration;
import org.springframework.validation.Errors;

/**
 * The application form. Skills come as "code:level" choices, wishes as employee numbers separated by commas; every
 * value typed comes back on the page when something must be corrected.
 */
record ApplicationForm(
        String role,
        String motivation,
        List<String> offered,
        List<String> wanted,
        List<String> preferredDays,
        List<String> timeSlots,
        List<String> languages,
        String meetingMode,
        String site,
        String wishedPeople,
        String avoidedPeople,
        List<String> wishedDepartments,
        List<String> avoidedDepartments,
        Boolean consent,
        Boolean charterAccepted,
        Integer charterVersion,
        Integer version) {

    static final int MOTIVATION_MAX = 4000;
    static final Set<String> LANGUAGES = Set.of("fr", "en", "es", "de", "it", "pt", "ar");

    ApplicationForm {
        offered = clean(offered);
        wanted = clean(wanted);
        preferredDays = clean(preferredDays);
        timeSlots = clean(timeSlots);
        languages = clean(languages);
        wishedDepartments = clean(wishedDepartments);
        avoidedDepartments = clean(avoidedDepartments);
    }

    static ApplicationForm blank(ParticipantRole role, List<String> languages, String site, int charterVersion) {
        return new ApplicationForm(
                role == null ? "" : role.name(),
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                languages,
                MeetingMode.BOTH.name(),
                site,
                "",
                "",
                List.of(),
                List.of(),
                false,
                false,
                charterVersion,
                null);
    }

    static ApplicationForm of(ApplicationView a, int charterVersion) {
        return new ApplicationForm(
                a.role().name(),
                a.motivation(),
                pairs(a.offeredSkills()),
                pairs(a.wantedSkills()),
                a.preferredDays().stream().map(Enum::name).toList(),
                a.timeSlots().stream().map(Enum::name).toList(),
                a.languages(),
                a.meetingMode().name(),
                a.site(),
                String.join(", ", a.wishedPeople()),
                String.join(", ", a.avoidedPeople()),
                a.wishedDepartments(),
                a.avoidedDepartments(),
                false,
                false,
                charterVersion,
                a.version());
    }

    /** The level chosen for a skill offered, 0 when none. */
    public int offeredLevel(String code) {
        return level(offered, code);
    }

    public int wantedLevel(String code) {
        return level(wanted, code);
    }

    ApplicationCommand toCommand(
            Errors errors,
            Set<String> catalogue,
            Set<String> departments,
            Predicate<String> personExists,
            String self) {
        ParticipantRole parsedRole = null;
        try {
            parsedRole = ParticipantRole.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("role", "programs.apply.error.role");
        }
        if (motivation == null || motivation.isBlank()) {
            errors.rejectValue("motivation", "programs.error.required");
        } else if (motivation.length() > MOTIVATION_MAX) {
            errors.rejectValue("motivation", "programs.error.tooLong", new Object[] {MOTIVATION_MAX}, null);
        }
        var offeredLevels = levels("offered", offered, SkillDeclaration.MAX_OFFERED_LEVEL, catalogue, errors);
        var wantedLevels = levels("wanted", wanted, SkillDeclaration.MAX_WANTED_PRIORITY, catalogue, errors);
        if (parsedRole == ParticipantRole.MENTOR && offeredLevels.isEmpty() && !errors.hasFieldErrors("offered")) {
            errors.rejectValue("offered", "programs.apply.error.offeredRequired");
        }
        if (parsedRole == ParticipantRole.MENTEE && wantedLevels.isEmpty() && !errors.hasFieldErrors("wanted")) {
            errors.rejectValue("wanted", "programs.apply.error.wantedRequired");
        }
        var days = new ArrayList<DayOfWeek>();
        for (var day : preferredDays) {
            try {
                days.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("preferredDays", "programs.error.invalid");
            }
        }
        var slots = EnumSet.noneOf(TimeSlot.class);
        for (var slot : timeSlots) {
            try {
                slots.add(TimeSlot.valueOf(slot));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("timeSlots", "programs.error.invalid");
            }
        }
        if (days.isEmpty() && !errors.hasFieldErrors("preferredDays")) {
            errors.rejectValue("preferredDays", "programs.apply.error.daysRequired");
        }
        if (languages.isEmpty()) {
            errors.rejectValue("languages", "programs.apply.error.languagesRequired");
        } else if (!LANGUAGES.containsAll(languages)) {
            errors.rejectValue("languages", "programs.error.invalid");
        }
        MeetingMode mode = null;
        try {
            mode = MeetingMode.valueOf(meetingMode == null ? "" : meetingMode);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("meetingMode", "programs.error.required");
        }
        if (site != null && site.length() > 100) {
            errors.rejectValue("site", "programs.error.tooLong", new Object[] {100}, null);
        }
        var wished = people("wishedPeople", wishedPeople, personExists, self, errors);
        var avoided = people("avoidedPeople", avoidedPeople, personExists, self, errors);
        if (!departments.containsAll(wishedDepartments)) {
            errors.rejectValue("wishedDepartments", "programs.error.invalid");
        }
        if (!departments.containsAll(avoidedDepartments)) {
            errors.rejectValue("avoidedDepartments", "programs.error.invalid");
        }
        if (wished.stream().anyMatch(avoided::contains)) {
            errors.rejectValue("avoidedPeople", "programs.apply.error.wishConflict");
        }
        if (!Boolean.TRUE.equals(consent)) {
            errors.rejectValue("consent", "programs.apply.error.consentRequired");
        }
        if (!Boolean.TRUE.equals(charterAccepted)) {
            errors.rejectValue("charterAccepted", "programs.apply.error.charterRequired");
        }
        return new ApplicationCommand(
                parsedRole,
                motivation == null ? "" : motivation.trim(),
                offeredLevels,
                wantedLevels,
                days,
                List.copyOf(slots),
                languages,
                mode,
                site == null ? "" : site.trim(),
                wished,
                avoided,
                wishedDepartments,
                avoidedDepartments,
                Boolean.TRUE.equals(consent),
                Boolean.TRUE.equals(charterAccepted),
                charterVersion == null ? 0 : charterVersion);
    }

    private static Map<String, Integer> levels(
            String field, List<String> choices, int max, Set<String> catalogue, Errors errors) {
        var result = new LinkedHashMap<String, Integer>();
        for (var choice : choices) {
            var parts = choice.split(":");
            try {
                int level = Integer.parseInt(parts[1]);
                if (parts.length != 2 || !catalogue.contains(parts[0]) || level < 1 || level > max) {
                    throw new IllegalArgumentException(choice);
                }
                result.put(parts[0], level);
            } catch (RuntimeException e) {
                errors.rejectValue(field, "programs.error.invalid");
                return Map.of();
            }
        }
        return result;
    }

    private static List<String> people(
            String field, String text, Predicate<String> personExists, String self, Errors errors) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var numbers = Arrays.stream(text.split("[,;\\s]+"))
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (numbers.size() > 10) {
            errors.rejectValue(field, "programs.apply.error.tooManyPeople");
            return List.of();
        }
        for (var number : numbers) {
            if (number.equals(self) || !personExists.test(number)) {
                errors.rejectValue(field, "programs.error.unknownPerson", new Object[] {number}, null);
                return List.of();
            }
        }
        return numbers;
    }

    private static int level(List<String> choices, String code) {
        for (var choice : choices) {
            if (choice.startsWith(code + ":")) {
                try {
                    return Integer.parseInt(choice.substring(code.length() + 1));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static List<String> pairs(Map<String, Integer> levels) {
        return levels.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
