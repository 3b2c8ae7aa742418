package org.binome.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.binome.feedback.ResultScope;
import org.binome.feedback.SurveyFigures;
import org.binome.feedback.SurveyResults;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.mentorships.Mentorships;
import org.binome.people.Directory;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * Reads what the dashboard needs through the facades of people, programs and mentorships (one set-based read each)
 * and computes the figures for the programmes a person may see.
 */
@Service
class ImpactReports {

    private final Programs programs;
    private final Mentorships mentorships;
    private final Directory directory;
    private final SurveyResults surveys;
    private final Clock clock;

    ImpactReports(Programs programs, Mentorships mentorships, Directory directory, SurveyResults surveys, Clock clock) {
        this.surveys = surveys;
        this.programs = programs;
        this.mentorships = mentorships;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The programmes this person may see figures of: every launched programme for administrators; for sponsors the
     * programmes they sponsor, or every launched programme when they sponsor none in particular.
     */
    List<ProgramView> visibleTo(BinomeUser user) {
        var launched = programs.findAll().stream()
                .filter(p -> p.status() != ProgramStatus.DRAFT)
                .toList();
        if (user.hasRole(Role.ADMIN)) {
            return launched;
        }
        var mine = launched.stream()
                .filter(p -> user.employeeNumber() != null && p.sponsors().contains(user.employeeNumber()))
                .toList();
        return mine.isEmpty() ? launched : mine;
    }

    /** The selection: one visible programme, or all of them when {@code programmeId} is null. */
    Selection select(BinomeUser user, Long programmeId) {
        var visible = visibleTo(user);
        if (programmeId == null) {
            return new Selection(visible, null, visible);
        }
        var one = visible.stream()
                .filter(p -> p.id() == programmeId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("insights.error.notFound"));
        return new Selection(visible, one, List.of(one));
    }

    Dashboard dashboard(Selection selection, Filter filter) {
        return ImpactFigures.of(data(selection), filter);
    }

    /**
     * The survey figures of the selection under the filter, thresholds applied by feedback; null across programmes
     * when the person sees only some of them (feedback sums every programme or one).
     */
    SurveyFigures surveys(Selection selection, Filter filter) {
        Long programme;
        if (selection.programme() != null) {
            programme = selection.programme().id();
        } else if (selection.visible().size() == launchedCount()) {
            programme = null;
        } else {
            return null;
        }
        return surveys.figures(new ResultScope(
                programme, filter.department(), filter.site(), filter.generation(), filter.seniority()));
    }

    private long launchedCount() {
        return programs.findAll().stream()
                .filter(p -> p.status() != ProgramStatus.DRAFT)
                .count();
    }

    ImpactData data(Selection selection) {
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        return new ImpactData(
                selection.programmes(),
                programs.applicationRecords(all),
                mentorships.pairRecords(all),
                directory.employeeRecords(),
                LocalDate.now(clock),
                clock.getZone());
    }

    List<String> departments() {
        return directory.departments();
    }

    List<String> sites() {
        return directory.sites();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param visible the programmes the person may choose from
     * @param programme the chosen one, or null for all visible programmes
     * @param programmes what the figures cover
     */
    record Selection(List<ProgramView> visible, ProgramView programme, List<ProgramView> programmes) {}
}
