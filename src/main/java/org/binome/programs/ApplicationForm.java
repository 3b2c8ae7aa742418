package org.binome.programs;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.binome.skills.SkillDeclaration;
import org.springframework.validation.Errors;

/**
 * The application form, bound as {@code applicationForm}: role, days, time slots and meeting mode are typed (an
 * unknown value is a {@code typeMismatch}), the simple rules are Bean Validation constraints (messages
 * {@code Constraint.applicationForm.field} in the programs bundle). Skills come as "code:level" choices, wishes as
 * employee numbers separated by commas: {@link #toCommand} checks them against the catalogue and the directory. Every
 * value typed comes back on the page when something must be corrected.
 */
record ApplicationForm(
        @NotNull ParticipantRole role,
        @NotBlank @Size(max = MOTIVATION_MAX) String motivation,
        List<String> offered,
        List<String> wanted,
        @NotEmpty List<DayOfWeek> preferredDays,
        List<TimeSlot> timeSlots,
        @NotEmpty List<String> languages,
        @NotNull MeetingMode meetingMode,
        @Size(max = 100) String site,
        String wishedPeople,
        String avoidedPeople,
        List<String> wishedDepartments,
        List<String> avoidedDepartments,
        @NotNull @AssertTrue Boolean consent,
        @NotNull @AssertTrue Boolean charterAccepted,
        Integer charterVersion,
        Integer version) {

    static final int MOTIVATION_MAX = 4000;
    static final Set<String> LANGUAGES = Set.of("fr", "en", "es", "de", "it", "pt", "ar");

    ApplicationForm {
        offered = clean(offered);
        wanted = clean(wanted);
        preferredDays = present(preferredDays);
        timeSlots = present(timeSlots);
        languages = clean(languages);
        wishedDepartments = clean(wishedDepartments);
        avoidedDepartments = clean(avoidedDepartments);
    }

    static ApplicationForm blank(ParticipantRole role, List<String> languages, String site, int charterVersion) {
        return new ApplicationForm(
                role,
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                languages,
                MeetingMode.BOTH,
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
                a.role(),
                a.motivation(),
                pairs(a.offeredSkills()),
                pairs(a.wantedSkills()),
                a.preferredDays(),
                a.timeSlots(),
                a.languages(),
                a.meetingMode(),
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

    /**
     * The command, after the rules Bean Validation cannot check: skills against the catalogue and the role, languages,
     * departments and people against the directory. Errors go to {@code errors}; the command is used only without any.
     */
    ApplicationCommand toCommand(
            Errors errors,
            Set<String> catalogue,
            Set<String> departments,
            Predicate<String> personExists,
            String self) {
        var offeredLevels = levels("offered", offered, SkillDeclaration.MAX_OFFERED_LEVEL, catalogue, errors);
        var wantedLevels = levels("wanted", wanted, SkillDeclaration.MAX_WANTED_PRIORITY, catalogue, errors);
        if (role == ParticipantRole.MENTOR && offeredLevels.isEmpty() && !errors.hasFieldErrors("offered")) {
            errors.rejectValue("offered", "programs.apply.error.offeredRequired");
        }
        if (role == ParticipantRole.MENTEE && wantedLevels.isEmpty() && !errors.hasFieldErrors("wanted")) {
            errors.rejectValue("wanted", "programs.apply.error.wantedRequired");
        }
        if (!LANGUAGES.containsAll(languages) && !errors.hasFieldErrors("languages")) {
            errors.rejectValue("languages", "programs.error.invalid");
        }
        var wished = people("wishedPeople", wishedPeople, personExists, self, errors);
        var avoided = people("avoidedPeople", avoidedPeople, personExists, self, errors);
        if (!departments.containsAll(wishedDepartments)) {
            errors.rejectValue("wishedDepartments", "programs.apply.error.unknownDepartment");
        }
        if (!departments.containsAll(avoidedDepartments)) {
            errors.rejectValue("avoidedDepartments", "programs.apply.error.unknownDepartment");
        } else if (wishedDepartments.stream().anyMatch(avoidedDepartments::contains)) {
            errors.rejectValue("avoidedDepartments", "programs.apply.error.departmentConflict");
        }
        if (wished.stream().anyMatch(avoided::contains)) {
            errors.rejectValue("avoidedPeople", "programs.apply.error.wishConflict");
        }
        return new ApplicationCommand(
                role,
                motivation == null ? "" : motivation.trim(),
                offeredLevels,
                wantedLevels,
                preferredDays,
                timeSlots.stream().distinct().sorted().toList(),
                languages,
                meetingMode,
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

    private static <T> List<T> present(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
