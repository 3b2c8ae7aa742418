package org.binome.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.binome.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A programme, designed by administrators; the aggregate root of its FAQ. */
@Table("program")
class Program {

    @Id
    Long id;

    String name;
    String purpose;
    /** One objective per line. */
    String objectives;

    String mentorExpectations;
    String menteeExpectations;
    ProgramFormat format;
    Integer maxMenteesPerMentor;
    Integer minGroupSize;
    Integer maxGroupSize;
    Integer sessionMinutes;
    Integer frequencyDays;
    LocalDate communicationDate;
    LocalDate applicationsOpenDate;
    LocalDate applicationsCloseDate;
    LocalDate mentorTrainingDate;
    LocalDate matchingDate;
    LocalDate kickOffDate;
    LocalDate sessionsStartDate;
    LocalDate midPointReviewDate;
    LocalDate closingDate;
    Integer mentorMaxSeniority;
    Integer menteeMinSeniority;
    Integer mentorCapacity;
    Integer menteeCapacity;
    int weightSkills;
    int weightAvailability;
    int weightLanguages;
    int weightLocation;
    int weightWishes;
    int weightReverseFit;
    int weightDiversity;
    int weightSeniorityGap;
    int minScore;
    String mandatoryComponents;
    String targetSkills;
    String sponsors;
    String sponsorMessage;
    boolean trainingRequired;
    boolean supportPlanned;
    String supportText;
    boolean published;
    ProgramStatus status;
    Instant createdAt;

    @MappedCollection(idColumn = "program", keyColumn = "program_key")
    List<FaqEntry> faq = new ArrayList<>();

    @Version
    Integer version;

    static Program draft(ProgramCommand command, Instant now) {
        var program = new Program();
        program.status = ProgramStatus.DRAFT;
        program.createdAt = now;
        program.apply(command);
        return program;
    }

    void apply(ProgramCommand c) {
        name = c.name().trim();
        purpose = c.purpose();
        objectives = String.join("\n", c.objectives());
        mentorExpectations = c.mentorExpectations();
        menteeExpectations = c.menteeExpectations();
        format = c.format();
        maxMenteesPerMentor = c.format() == ProgramFormat.ONE_TO_MANY ? c.maxMenteesPerMentor() : null;
        minGroupSize = c.format() == ProgramFormat.GROUPS ? c.minGroupSize() : null;
        maxGroupSize = c.format() == ProgramFormat.GROUPS ? c.maxGroupSize() : null;
        sessionMinutes = c.sessionMinutes();
        frequencyDays = c.frequencyDays();
        communicationDate = c.date(Phase.COMMUNICATION);
        applicationsOpenDate = c.date(Phase.APPLICATIONS_OPEN);
        applicationsCloseDate = c.date(Phase.APPLICATIONS_CLOSE);
        mentorTrainingDate = c.date(Phase.MENTOR_TRAINING);
        matchingDate = c.date(Phase.MATCHING);
        kickOffDate = c.date(Phase.KICK_OFF);
        sessionsStartDate = c.date(Phase.SESSIONS);
        midPointReviewDate = c.date(Phase.MID_POINT_REVIEW);
        closingDate = c.date(Phase.CLOSING);
        mentorMaxSeniority = c.mentorMaxSeniority();
        menteeMinSeniority = c.menteeMinSeniority();
        mentorCapacity = c.mentorCapacity();
        menteeCapacity = c.menteeCapacity();
        var m = c.matching() == null ? MatchingSettings.defaults() : c.matching();
        weightSkills = m.weight(MatchingComponent.SKILLS);
        weightAvailability = m.weight(MatchingComponent.AVAILABILITY);
        weightLanguages = m.weight(MatchingComponent.LANGUAGES);
        weightLocation = m.weight(MatchingComponent.LOCATION);
        weightWishes = m.weight(MatchingComponent.WISHES);
        weightReverseFit = m.weight(MatchingComponent.REVERSE_FIT);
        weightDiversity = m.weight(MatchingComponent.DIVERSITY);
        weightSeniorityGap = m.weight(MatchingComponent.SENIORITY_GAP);
        minScore = m.minScore();
        mandatoryComponents = m.mandatory().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        targetSkills = String.join(",", c.targetSkills());
        sponsors = String.join(",", c.sponsors());
        sponsorMessage = c.sponsorMessage();
        trainingRequired = c.trainingRequired();
        supportPlanned = c.supportPlanned();
        supportText = c.supportText();
        faq = new ArrayList<>(c.faq().stream().map(FaqEntry::of).toList());
    }

    /** Moves the programme on; the status may only follow its designed path. */
    void moveTo(ProgramStatus target) {
        if (!status.next().contains(target)) {
            throw RuleViolation.conflict("programs.error.transition");
        }
        status = target;
        if (target.atLeast(ProgramStatus.OPEN)) {
            published = true;
        }
    }

    ProgramView view() {
        var weights = new EnumMap<MatchingComponent, Integer>(MatchingComponent.class);
        weights.put(MatchingComponent.SKILLS, weightSkills);
        weights.put(MatchingComponent.AVAILABILITY, weightAvailability);
        weights.put(MatchingComponent.LANGUAGES, weightLanguages);
        weights.put(MatchingComponent.LOCATION, weightLocation);
        weights.put(MatchingComponent.WISHES, weightWishes);
        weights.put(MatchingComponent.REVERSE_FIT, weightReverseFit);
        weights.put(MatchingComponent.DIVERSITY, weightDiversity);
        weights.put(MatchingComponent.SENIORITY_GAP, weightSeniorityGap);
        var mandatory = EnumSet.noneOf(MatchingComponent.class);
        split(mandatoryComponents).forEach(s -> mandatory.add(MatchingComponent.valueOf(s)));
        var timeline = new ArrayList<DatedPhase>();
        addPhase(timeline, Phase.COMMUNICATION, communicationDate);
        addPhase(timeline, Phase.APPLICATIONS_OPEN, applicationsOpenDate);
        addPhase(timeline, Phase.APPLICATIONS_CLOSE, applicationsCloseDate);
        addPhase(timeline, Phase.MENTOR_TRAINING, mentorTrainingDate);
        addPhase(timeline, Phase.MATCHING, matchingDate);
        addPhase(timeline, Phase.KICK_OFF, kickOffDate);
        addPhase(timeline, Phase.SESSIONS, sessionsStartDate);
        addPhase(timeline, Phase.MID_POINT_REVIEW, midPointReviewDate);
        addPhase(timeline, Phase.CLOSING, closingDate);
        return new ProgramView(
                id,
                name,
                purpose,
                objectives == null || objectives.isBlank()
                        ? List.of()
                        : Arrays.stream(objectives.split("\n"))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                mentorExpectations,
                menteeExpectations,
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
                new MatchingSettings(weights, minScore, mandatory),
                split(targetSkills),
                split(sponsors),
                sponsorMessage,
                trainingRequired,
                supportPlanned,
                supportText,
                published,
                status,
                faq.stream().map(f -> new FaqItem(f.question, f.answer)).toList(),
                version == null ? 0 : version);
    }

    private static void addPhase(List<DatedPhase> timeline, Phase phase, LocalDate date) {
        if (date != null) {
            timeline.add(new DatedPhase(phase, date));
        }
    }

    static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Table("program_faq")
    static class FaqEntry {
        String question;
        String answer;

        static FaqEntry of(FaqItem item) {
            var entry = new FaqEntry();
            entry.question = item.question();
            entry.answer = item.answer();
            return entry;
        }
    }
}
