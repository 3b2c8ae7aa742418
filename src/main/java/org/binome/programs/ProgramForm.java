package org.binome.programs;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme form, typed: the binder reads numbers, dates (ISO, as {@code <input type="date">} sends them) and
 * choices, and a value it cannot read comes back on the page with its {@code typeMismatch} message. The design rules
 * ({@link ProgramRules}) then check the {@link ProgramCommand} it becomes.
 */
record ProgramForm(
        String name,
        String purpose,
        String objectives,
        String mentorExpectations,
        String menteeExpectations,
        @NotNull ProgramFormat format,
        Integer maxMenteesPerMentor,
        Integer minGroupSize,
        Integer maxGroupSize,
        Integer sessionMinutes,
        Integer frequencyDays,
        LocalDate communicationDate,
        LocalDate applicationsOpenDate,
        LocalDate applicationsCloseDate,
        LocalDate mentorTrainingDate,
        LocalDate matchingDate,
        LocalDate kickOffDate,
        LocalDate sessionsStartDate,
        LocalDate midPointReviewDate,
        LocalDate closingDate,
        Integer mentorMaxSeniority,
        Integer menteeMinSeniority,
        Integer mentorCapacity,
        Integer menteeCapacity,
        Integer weightSkills,
        Integer weightAvailability,
        Integer weightLanguages,
        Integer weightLocation,
        Integer weightWishes,
        Integer weightReverseFit,
        Integer weightDiversity,
        Integer weightSeniorityGap,
        Integer minScore,
        List<MatchingComponent> mandatoryComponents,
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
                ProgramFormat.PAIRS,
                null,
                null,
                null,
                60,
                30,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                10,
                15,
                null,
                null,
                m.weight(MatchingComponent.SKILLS),
                m.weight(MatchingComponent.AVAILABILITY),
                m.weight(MatchingComponent.LANGUAGES),
                m.weight(MatchingComponent.LOCATION),
                m.weight(MatchingComponent.WISHES),
                m.weight(MatchingComponent.REVERSE_FIT),
                m.weight(MatchingComponent.DIVERSITY),
                m.weight(MatchingComponent.SENIORITY_GAP),
                m.minScore(),
                List.copyOf(m.mandatory()),
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
                p.format(),
                p.maxMenteesPerMentor(),
                p.minGroupSize(),
                p.maxGroupSize(),
                p.sessionMinutes(),
                p.frequencyDays(),
                p.date(Phase.COMMUNICATION),
                p.date(Phase.APPLICATIONS_OPEN),
                p.date(Phase.APPLICATIONS_CLOSE),
                p.date(Phase.MENTOR_TRAINING),
                p.date(Phase.MATCHING),
                p.date(Phase.KICK_OFF),
                p.date(Phase.SESSIONS),
                p.date(Phase.MID_POINT_REVIEW),
                p.date(Phase.CLOSING),
                p.mentorMaxSeniority(),
                p.menteeMinSeniority(),
                p.mentorCapacity(),
                p.menteeCapacity(),
                m.weight(MatchingComponent.SKILLS),
                m.weight(MatchingComponent.AVAILABILITY),
                m.weight(MatchingComponent.LANGUAGES),
                m.weight(MatchingComponent.LOCATION),
                m.weight(MatchingComponent.WISHES),
                m.weight(MatchingComponent.REVERSE_FIT),
                m.weight(MatchingComponent.DIVERSITY),
                m.weight(MatchingComponent.SENIORITY_GAP),
                m.minScore(),
                m.mandatory().stream().sorted().toList(),
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

    /** The command this form asks for; the binder has already read every value it could. */
    ProgramCommand toCommand() {
        var timeline = new ArrayList<DatedPhase>();
        PHASE_FIELDS.forEach((phase, field) -> {
            var date = value(field);
            if (date != null) {
                timeline.add(new DatedPhase(phase, date));
            }
        });
        var weights = new EnumMap<MatchingComponent, Integer>(MatchingComponent.class);
        weights.put(MatchingComponent.SKILLS, orZero(weightSkills));
        weights.put(MatchingComponent.AVAILABILITY, orZero(weightAvailability));
        weights.put(MatchingComponent.LANGUAGES, orZero(weightLanguages));
        weights.put(MatchingComponent.LOCATION, orZero(weightLocation));
        weights.put(MatchingComponent.WISHES, orZero(weightWishes));
        weights.put(MatchingComponent.REVERSE_FIT, orZero(weightReverseFit));
        weights.put(MatchingComponent.DIVERSITY, orZero(weightDiversity));
        weights.put(MatchingComponent.SENIORITY_GAP, orZero(weightSeniorityGap));
        var mandatory = EnumSet.noneOf(MatchingComponent.class);
        mandatoryComponents.stream().filter(java.util.Objects::nonNull).forEach(mandatory::add);
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
                format,
                maxMenteesPerMentor,
                minGroupSize,
                maxGroupSize,
                sessionMinutes,
                frequencyDays,
                timeline,
                mentorMaxSeniority,
                menteeMinSeniority,
                mentorCapacity,
                menteeCapacity,
                new MatchingSettings(weights, orZero(minScore), mandatory),
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

    private LocalDate value(String field) {
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

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
