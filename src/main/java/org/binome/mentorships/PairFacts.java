package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.binome.programs.ProgramView;

/** Everything known about one pair at one moment. */
record PairFacts(
        Mentorship mentorship,
        ProgramView program,
        List<MentorshipSession> sessions,
        List<Objective> objectives,
        Instant lastSessionAt,
        Instant nextSessionAt,
        PairHealth health,
        LocalDate today,
        Instant now) {

    List<MentorshipSession> held() {
        return sessions.stream()
                .filter(s -> s.status == MentorshipSession.Status.PLANNED && s.hasStarted(now))
                .toList();
    }

    MentorshipSession next() {
        return sessions.stream()
                .filter(s -> s.status == MentorshipSession.Status.PLANNED && !s.hasStarted(now))
                .findFirst()
                .orElse(null);
    }

    int objectives(ObjectiveProgress progress) {
        return (int) objectives.stream().filter(o -> o.progress == progress).count();
    }

    /** The outline of the pair, as {@link PairFactsLoader#outline} reads it without the sessions and objectives. */
    PairOutline outline() {
        return new PairOutline(
                mentorship,
                program,
                new PairLoading.SessionFigures(lastSessionAt, nextSessionAt, held().size()),
                new PairLoading.ObjectiveFigures(
                        objectives.size(),
                        objectives(ObjectiveProgress.IN_PROGRESS),
                        objectives(ObjectiveProgress.REACHED)),
                health,
                today);
    }
}
