package org.binome.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's facade: training paths and their completion, the facilitator's overview of their circles,
 * and the few writes demo data and setup tools need. Screens use the module's own components.
 */
@Service
public class Training {

    private final TrainingPaths paths;
    private final Circles circles;
    private final HelpRequests help;
    private final Programs programs;
    private final Clock clock;

    Training(TrainingPaths paths, Circles circles, HelpRequests help, Programs programs, Clock clock) {
        this.paths = paths;
        this.circles = circles;
        this.help = help;
        this.programs = programs;
        this.clock = clock;
    }

    /** Copies Binôme's default content into the programme's mentor and mentee paths, once (later calls do nothing). */
    @Transactional
    void installDefaultPaths(long programId) {
        paths.ensureDefaults(programId);
    }

    /** A person's progress on their role's path in one programme. */
    @Transactional
    PathProgress progress(long programId, ParticipantRole role, String employeeNumber) {
        paths.ensureDefaults(programId);
        var name = programs.find(programId).map(p -> p.name()).orElse("");
        return new PathProgress(
                programId, name, role, paths.modules(programId, role), paths.completedBy(employeeNumber, programId));
    }

    /** The paths of every programme where the person's application was accepted. */
    @Transactional
    List<PathProgress> pathsOf(String employeeNumber) {
        var result = new ArrayList<PathProgress>();
        for (var application : programs.applicationsOf(employeeNumber)) {
            if (application.status() == ApplicationStatus.ACCEPTED) {
                result.add(progress(application.programId(), application.role(), employeeNumber));
            }
        }
        return result;
    }

    /**
     * The person's required training still to do in this programme before its matching (which leaves out whoever has
     * not completed their role's path, {@link PathGate}): empty when the programme requires none, its matching is
     * over (running or closed) or the path is complete. A path nobody has opened yet is Binôme's default one, none of
     * it done; it is copied on its first reading by its own page, not here (the home page only reads).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<TrainingDue> dueBeforeMatching(
            String employeeNumber, org.binome.programs.ProgramView program, ParticipantRole role) {
        if (!program.trainingRequired() || program.status().atLeast(org.binome.programs.ProgramStatus.RUNNING)) {
            return java.util.Optional.empty();
        }
        var progress = paths.progress(employeeNumber, program.id(), role);
        int done = progress[0];
        int total = progress[1];
        if (total == 0) {
            if (paths.seeded(program.id(), role)) {
                return java.util.Optional.empty(); // a path emptied by its administrators asks nothing
            }
            total = DefaultPaths.of(role).size();
        }
        if (done >= total) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TrainingDue(
                program.id(), program.name(), role, done, total, program.date(org.binome.programs.Phase.MATCHING)));
    }

    /** Marks every module of the path done without a quiz (import of training done elsewhere, demo data). */
    @Transactional
    void recordPathCompleted(long programId, ParticipantRole role, String employeeNumber) {
        paths.ensureDefaults(programId);
        paths.modules(programId, role).forEach(m -> paths.complete(m.id(), employeeNumber, null));
    }

    /** Forms a circle of 4 to 8 accepted mentors of the programme, none in another's reporting line. */
    @Transactional
    long formCircle(
            long programId,
            String name,
            String facilitatorEmployeeNumber,
            List<String> members,
            int cadenceWeeks,
            String place) {
        return circles.form(programId, name, facilitatorEmployeeNumber, members, cadenceWeeks, place);
    }

    /** Records a session held in the past, with its client chosen by the rotation (import, demo data). */
    @Transactional
    long recordHeldSession(long circleId, Instant startsAt, String place, SessionRecord record) {
        return circles.recordHeld(circleId, startsAt, place, record);
    }

    /** Plans the next session and sends the calendar invitations. */
    @Transactional
    long scheduleSession(long circleId, Instant startsAt, String place) {
        return circles.schedule(circleId, startsAt, place);
    }

    /**
     * What the facilitator's home lists: the circles the person facilitates (counts only), the next planned session
     * of any of them, and the number of help requests addressed to this facilitator still waiting for an answer.
     */
    @Transactional(readOnly = true)
    public FacilitatorOverview facilitatorOverview(String employeeNumber) {
        var now = clock.instant();
        var summaries = circles.of(employeeNumber).stream()
                .filter(c -> c.facilitator().equals(employeeNumber))
                .map(c -> {
                    var sessions = circles.sessions(c.id());
                    var next = sessions.stream()
                            .filter(s -> s.status() != SessionView.SessionStatus.DONE)
                            .filter(s -> s.startsAt().isAfter(now.minusSeconds(24 * 3600)))
                            .findFirst();
                    return new CircleSummary(
                            c.id(),
                            c.programId(),
                            c.name(),
                            c.activeMembers().size(),
                            (int) sessions.stream()
                                    .filter(s -> s.status() == SessionView.SessionStatus.DONE)
                                    .count(),
                            next.map(SessionView::id).orElse(null),
                            next.map(SessionView::startsAt).orElse(null));
                })
                .toList();
        var next = summaries.stream()
                .filter(s -> s.nextSessionAt() != null)
                .min(Comparator.comparing(CircleSummary::nextSessionAt))
                .orElse(null);
        long open = help.visibleTo(employeeNumber, false).stream()
                .filter(r -> !r.answered())
                .count();
        return new FacilitatorOverview(summaries, next, open);
    }

    /** True when no one of these people is another's manager, directly or not (the rule for a circle). */
    @Transactional(readOnly = true)
    boolean noReportingLineBetween(List<String> employeeNumbers) {
        for (int i = 0; i < employeeNumbers.size(); i++) {
            for (int j = i + 1; j < employeeNumbers.size(); j++) {
                if (circles.inOneReportingLine(employeeNumbers.get(i), employeeNumbers.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    Optional<CircleView> circle(long id) {
        return circles.find(id);
    }
}
