package org.binome.programs;

import java.time.LocalDate;
import java.util.List;

/** A programme as other modules and the pages read it. */
public record ProgramView(
        long id,
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
        boolean published,
        ProgramStatus status,
        List<FaqItem> faq,
        int version) {

    public LocalDate date(Phase phase) {
        return timeline.stream()
                .filter(p -> p.phase() == phase)
                .map(DatedPhase::date)
                .findFirst()
                .orElse(null);
    }

    public LocalDate applicationsCloseDate() {
        return date(Phase.APPLICATIONS_CLOSE);
    }

    /** Every signed-in employee may read the page once it is published or applications have opened. */
    public boolean visibleToEmployees() {
        return published || status.atLeast(ProgramStatus.OPEN);
    }

    /** Open status, and today inside the application window when its dates are set. */
    public boolean acceptsApplications(LocalDate today) {
        var opens = date(Phase.APPLICATIONS_OPEN);
        var closes = date(Phase.APPLICATIONS_CLOSE);
        return status == ProgramStatus.OPEN
                && (opens == null || !today.isBefore(opens))
                && (closes == null || !today.isAfter(closes));
    }

    public Integer capacity(ParticipantRole role) {
        return role == ParticipantRole.MENTOR ? mentorCapacity : menteeCapacity;
    }

    /**
     * Years of experience as eligibility counts them ({@link org.binome.people.Bands#years}: since the career started,
     * or since hire when the career start is unknown); 0 when neither is known.
     */
    public static int seniority(Integer careerStartYear, LocalDate hireDate, LocalDate today) {
        Integer years = org.binome.people.Bands.years(careerStartYear, hireDate, today);
        return years == null ? 0 : years;
    }
}
