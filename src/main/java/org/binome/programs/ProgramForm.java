package org.binome.programs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The programme form as typed: text everywhere, so that whatever was entered comes back on the page with the error
 * next to it. {@link #toCommand(Errors)} turns it into a typed {@link ProgramCommand}.
 */
record ProgramForm(
        String name,
        String purpose,
        String objectives,
        String mentorExpectations,
        String menteeExpectations,
        String format,
        String maxMenteesPerMentor,
        String minGroupSize,
        String maxGroupSize,
        String sessionMinutes,
        String frequencyDays,
        String communicationDate,
        String applicationsOpenDate,
        String applicationsCloseDate,
        String mentorTrainingDate,
        String matchingDate,
        String kickOffDate,
        String sessionsStartDate,
        String midPointReviewDate,
        String closingDate,
        String mentorMaxSeniority,
        String menteeMinSeniority,
        String mentorCapacity,
        String menteeCapacity,
        String weightSkills,
        String weightAvailability,
        String weightLanguages,
        String weightLocation,
        String weightWishes,
        String minScore,
        List<String> mandatoryComponents,
        List<String> targetSkills,
        String sponsors,
        String sponsorMessage,
        Boolean trainingRequired,
        Boolean supportPlanned,
        String supportText,
        List<String> faqQuestions,
        List<String> faqAnswers,
        Integer version) {

    static final int FAQ_SLOTS = 10;

    /** The form field holding each phase's date, in timeline order. */
    static final Map<Phase, String> PHASE_FIELDS = phaseFields();

    ProgramForm {
        mandatoryComponents = mandatoryComponents == null ? List.of() : mandatoryComponents;
        targetSkills = targetSkills == null ? List.of() : targetSkills;
        faqQuestions = faqQuestions == null ? List.of() : faqQuestions;
        faqAnswers = faqAnswers == null ? List.of() : faqAnswers;
    }

    private static Map<Phase, String> phaseFields() {
        var fields = new LinkedHashMap<Phase, String>();
        fields.put(Phase.COMMUNICATION, "communicationDate");
        fields.put(Phase.APPLICATIONS_OPEN, "applicationsOpenDate");
        fields.put(Phase.APPLICATIONS_CLOSE, "applicationsCloseDate");
        fields.put(Phase.MENTOR_TRAINING, "mentorTrainingDate");
        fields.put(Phase.MATCHING, "matchingDate");
        fields.put(Phase.KICK_OFF, "kickOffDate");
        fields.put(Phase.SESSIONS, "sessionsStartDate");
        fields.put(Phase.MID_POINT_REVIEW, "midPointReviewDate");
        fields.put(Phase.CLOSING, "closingDate");
        return fields;
    }

    static ProgramForm blank() {
        var m = MatchingSettings.defaults();
        return new ProgramForm(
                "",
                "",
                "",
                "",
                "",
                ProgramFormat.PAIRS.name(),
                "",
                "",
                "",
                "60",
                "30",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "10",
                "15",
                "",
                "",
                text(m.weight(MatchingComponent.SKILLS)),
                text(m.weight(MatchingComponent.AVAILABILITY)),
                text(m.weight(MatchingComponent.LANGUAGES)),
                text(m.weight(MatchingComponent.LOCATION)),
                text(m.weight(MatchingComponent.WISHES)),
                text(m.minScore()),
                m.mandatory().stream().map(Enum::name).toList(),
                List.of(),
                "",
                "",
                true,
                false,
                "",
                List.of(),
                List.of(),
                null);
    }

    static ProgramForm of(ProgramView p) {
        var m = p.matching();
        return new ProgramForm(
                p.name(),
                p.purpose(),
                String.join("\n", p.objectives()),
                p.mentorExpectations(),
                p.menteeExpectations(),
                p.format().name(),
                text(p.maxMenteesPerMentor()),
                text(p.minGroupSize()),
                text(p.maxGroupSize()),
                text(p.sessionMinutes()),
                text(p.frequencyDays()),
                text(p.date(Phase.COMMUNICATION)),
                text(p.date(Phase.APPLICATIONS_OPEN)),
                text(p.date(Phase.APPLICATIONS_CLOSE)),
                text(p.date(Phase.MENTOR_TRAINING)),
                text(p.date(Phase.MATCHING)),
                text(p.date(Phase.KICK_OFF)),
                text(p.date(Phase.SESSIONS)),
                text(p.date(Phase.MID_POINT_REVIEW)),
                text(p.date(Phase.CLOSING)),
                text(p.mentorMaxSeniority()),
                text(p.menteeMinSeniority()),
                text(p.mentorCapacity()),
                text(p.menteeCapacity()),
                text(m.weight(MatchingComponent.SKILLS)),
                text(m.weight(MatchingComponent.AVAILABILITY)),
                text(m.weight(MatchingComponent.LANGUAGES)),
                text(m.weight(MatchingComponent.LOCATION)),
                text(m.weight(MatchingComponent.WISHES)),
                text(m.minScore()),
                m.mandatory().stream().map(Enum::name).sorted().toList(),
                p.targetSkills(),
                String.join(", ", p.sponsors()),
                p.sponsorMessage(),
                p.trainingRequired(),
                p.supportPlanned(),
                p.supportText(),
                p.faq().stream().map(FaqItem::question).toList(),
                p.faq().stream().map(FaqItem::answer).toList(),
                p.version());
    }

    /** The question in FAQ slot i, or empty: the page always offers {@link #FAQ_SLOTS} slots. */
    public String faqQuestion(int i) {
        return i < faqQuestions.size() ? faqQuestions.get(i) : "";
    }

    public String faqAnswer(int i) {
        return i < faqAnswers.size() ? faqAnswers.get(i) : "";
    }

    /** Parses what was typed; every unreadable field gets its own error and the command is still built. */
    ProgramCommand toCommand(Errors errors) {
        ProgramFormat parsedFormat = null;
        try {
            parsedFormat = ProgramFormat.valueOf(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("format", "programs.error.required");
        }
        var timeline = new ArrayList<DatedPhase>();
        PHASE_FIELDS.forEach((phase, field) -> {
            var date = date(field, value(field), errors);
            if (date != null) {
                timeline.add(new DatedPhase(phase, date));
            }
        });
        var weights = new EnumMap<MatchingComponent, Integer>(MatchingComponent.class);
        weights.put(MatchingComponent.SKILLS, orZero(integer("weightSkills", weightSkills, errors)));
        weights.put(MatchingComponent.AVAILABILITY, orZero(integer("weightAvailability", weightAvailability, errors)));
        weights.put(MatchingComponent.LANGUAGES, orZero(integer("weightLanguages", weightLanguages, errors)));
        weights.put(MatchingComponent.LOCATION, orZero(integer("weightLocation", weightLocation, errors)));
        weights.put(MatchingComponent.WISHES, orZero(integer("weightWishes", weightWishes, errors)));
        var mandatory = EnumSet.noneOf(MatchingComponent.class);
        for (var component : mandatoryComponents) {
            try {
                mandatory.add(MatchingComponent.valueOf(component));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("mandatoryComponents", "programs.error.invalid");
            }
        }
        var faq = new ArrayList<FaqItem>();
        for (int i = 0; i < Math.max(faqQuestions.size(), faqAnswers.size()); i++) {
            var q = faqQuestion(i).trim();
            var a = faqAnswer(i).trim();
            if (!q.isEmpty() || !a.isEmpty()) {
                faq.add(new FaqItem(q, a));
            }
        }
        return new ProgramCommand(
                trim(name),
                trim(purpose),
                objectives == null
                        ? List.of()
                        : Arrays.stream(objectives.split("\\R"))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                trim(mentorExpectations),
                trim(menteeExpectations),
                parsedFormat,
                integer("maxMenteesPerMentor", maxMenteesPerMentor, errors),
                integer("minGroupSize", minGroupSize, errors),
                integer("maxGroupSize", maxGroupSize, errors),
                integer("sessionMinutes", sessionMinutes, errors),
                integer("frequencyDays", frequencyDays, errors),
                timeline,
                integer("mentorMaxSeniority", mentorMaxSeniority, errors),
                integer("menteeMinSeniority", menteeMinSeniority, errors),
                integer("mentorCapacity", mentorCapacity, errors),
                integer("menteeCapacity", menteeCapacity, errors),
                new MatchingSettings(weights, orZero(integer("minScore", minScore, errors)), mandatory),
                targetSkills.stream().filter(s -> !s.isBlank()).distinct().toList(),
                sponsors == null
                        ? List.of()
                        : Arrays.stream(sponsors.split("[,;\\s]+"))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                                .distinct()
                                .toList(),
                trim(sponsorMessage),
                Boolean.TRUE.equals(trainingRequired),
                Boolean.TRUE.equals(supportPlanned),
                trim(supportText),
                faq);
    }

    private String value(String field) {
        return switch (field) {
            case "communicationDate" -> communicationDate;
            case "applicationsOpenDate" -> applicationsOpenDate;
            case "applicationsCloseDate" -> applicationsCloseDate;
            case "mentorTrainingDate" -> mentorTrainingDate;
            case "matchingDate" -> matchingDate;
            case "kickOffDate" -> kickOffDate;
            case "sessionsStartDate" -> sessionsStartDate;
            case "midPointReviewDate" -> midPointReviewDate;
            case "closingDate" -> closingDate;
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Integer integer(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "programs.error.number");
            return null;
        }
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "programs.error.date");
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
