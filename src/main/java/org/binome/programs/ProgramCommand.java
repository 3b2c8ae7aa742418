package org.binome.programs;

import java.time.LocalDate;
import java.util.List;

/** Everything an administrator designs in a programme, typed and ready to be checked by the programme's rules. */
record ProgramCommand(
        String name,
        String purpose,
        List<String> objectives,
        String mentorExpectations,
        String menteeExpectations,
        ProgramFormat format,
        Integer maxMenteesPerMentor,
        Integer minGroupSize,
        Integer maxGroupSize,
        Integer sessionMinutes,
        Integer frequencyDays,
        List<DatedPhase> timeline,
        Integer mentorMaxSeniority,
        Integer menteeMinSeniority,
        Integer mentorCapacity,
        Integer menteeCapacity,
        MatchingSettings matching,
        List<String> targetSkills,
        List<String> sponsors,
        String sponsorMessage,
        boolean trainingRequired,
        boolean supportPlanned,
        String supportText,
        List<FaqItem> faq) {

    public ProgramCommand {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        targetSkills = targetSkills == null ? List.of() : List.copyOf(targetSkills);
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
        faq = faq == null ? List.of() : List.copyOf(faq);
    }

    public LocalDate date(Phase phase) {
        return timeline.stream()
                .filter(p -> p.phase() == phase)
                .map(DatedPhase::date)
                .findFirst()
                .orElse(null);
    }
}
