package org.binome.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.binome.feedback.ResultScope;
import org.binome.feedback.SurveyFigures;
import org.binome.feedback.SurveyResults;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.people.Directory;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * Reads what the dashboard needs through the facades of people, programs and mentorships ({@link ImpactRecords})
 * and computes the figures for the programmes a person may see.
 */
@Service
class ImpactReports {

    private final Programs programs;
    private final Directory directory;
    private final SurveyResults surveys;
    private final Clock clock;
    private final ImpactCache cache;
    private final ImpactRecords records;
    private final ImpactChanges changes;

    ImpactReports(
            Programs programs,
            Directory directory,
            SurveyResults surveys,
            Clock clock,
            ImpactCache cache,
            ImpactRecords records,
            ImpactChanges changes) {
        this.changes = changes;
        this.surveys = surveys;
        this.cache = cache;
        this.records = records;
        this.programs = programs;
        this.directory = directory;
        this.clock = clock;
    }

    private List<ProgramView> launched() {
        return programs.findAll().stream()
                .filter(p -> p.status() != ProgramStatus.DRAFT)
                .toList();
    }

    /**
     * The programmes this person may see figures of: every launched programme for administrators; for sponsors the
     * programmes they sponsor, or every launched programme when they sponsor none in particular.
     */
    private static List<ProgramView> visibleTo(BinomeUser user, List<ProgramView> launched) {
        if (user.hasRole(Role.ADMIN)) {
            return launched;
        }
        var mine = launched.stream()
                .filter(p -> user.employeeNumber() != null && p.sponsors().contains(user.employeeNumber()))
                .toList();
        return mine.isEmpty() ? launched : mine;
    }

    /**
     * The selection: one visible programme, or all of them when {@code programmeId} is null. Every page starts here,
     * so this first applies what other nodes changed since this node's last view ({@link ImpactChanges}).
     */
    Selection select(BinomeUser user, Long programmeId) {
        sync();
        var launched = launched();
        var visible = visibleTo(user, launched);
        if (programmeId == null) {
            return new Selection(visible, null, visible, visible.size() == launched.size());
        }
        var one = visible.stream()
                .filter(p -> p.id() == programmeId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("insights.error.notFound"));
        return new Selection(visible, one, List.of(one), visible.size() == launched.size());
    }

    /** Applies the changes other nodes recorded since the last view to the kept records and figures. */
    void sync() {
        for (var change : changes.others()) {
            records.apply(change);
            cache.apply(change);
        }
    }

    /** The selection's figures under the filter, computed once per selection, filter and day ({@link ImpactCache}). */
    Dashboard dashboard(Selection selection, Filter filter) {
        return served(selection, filter).value();
    }

    /**
     * The same, saying whether they are the last figures computed while newer ones are computed in the background
     * ({@code binome.insights.refresh-after}: the page says so).
     */
    ImpactCache.Served<Dashboard> served(Selection selection, Filter filter) {
        var ids = selection.programmes().stream().map(ProgramView::id).toList();
        return cache.served(List.of("dashboard", ids, filter, today()), () -> {
            var all = programs.findAll().stream().map(ProgramView::id).toList();
            var read = records.of(all);
            var data = data(selection, read);
            // The parts that do not read sessions are kept under the readings they come from: a session logged
            // computes engagement again, not retention over the whole directory.
            // The programmes' versions: their seniority rules decide who is eligible.
            var versions =
                    selection.programmes().stream().map(ProgramView::version).toList();
            var key = List.of(
                    ids, versions, filter, read.today(), read.directory(), read.applicationsRead(), read.shape());
            return new Dashboard(
                    filter,
                    cache.reading(List.of("participation", key), () -> ImpactFigures.participation(data, filter)),
                    ImpactFigures.engagement(data, filter),
                    cache.reading(List.of("retention", key), () -> ImpactFigures.retention(data, filter)),
                    cache.reading(List.of("links", key), () -> ImpactFigures.links(data, filter)),
                    clock.instant());
        });
    }

    /**
     * Reads every record and computes, without a filter, the figures of each launched programme and of all of them
     * together (what an administrator or a sponsor sees first), survey figures included (with the report's quotes for
     * each programme); returns how many programmes.
     */
    int prepare() {
        sync();
        var launched = launched();
        for (var programme : launched) {
            var one = new Selection(launched, programme, List.of(programme), true);
            dashboard(one, Filter.NONE);
            surveys(one, Filter.NONE);
            surveysWithQuotes(one, Filter.NONE);
        }
        if (launched.size() > 1) {
            var every = new Selection(launched, null, launched, true);
            dashboard(every, Filter.NONE);
            surveys(every, Filter.NONE);
        }
        return launched.size();
    }

    /**
     * The survey figures of the selection under the filter, thresholds applied by feedback; null across programmes
     * when the person sees only some of them (feedback sums every programme or one).
     */
    SurveyFigures surveys(Selection selection, Filter filter) {
        return surveys(selection, filter, false);
    }

    /** The same with up to two comments (the sponsor's report): the dashboard shows none and does not read them. */
    SurveyFigures surveysWithQuotes(Selection selection, Filter filter) {
        return surveys(selection, filter, true);
    }

    private SurveyFigures surveys(Selection selection, Filter filter, boolean quotes) {
        Long programme;
        if (selection.programme() != null) {
            programme = selection.programme().id();
        } else if (selection.everyProgramme()) {
            programme = null;
        } else {
            return null;
        }
        var scope =
                new ResultScope(programme, filter.department(), filter.site(), filter.generation(), filter.seniority());
        return quotes
                ? cache.surveys(List.of("quotes", scope, today()), () -> surveys.figures(scope))
                : cache.surveys(List.of(scope, today()), () -> surveys.figuresWithoutQuotes(scope));
    }

    /** Every programme's applications and pairs and the whole directory, up to date ({@link ImpactRecords}). */
    ImpactData data(Selection selection) {
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        return data(selection, records.of(all));
    }

    private ImpactData data(Selection selection, ImpactRecords.Records records) {
        return new ImpactData(
                selection.programmes(),
                records.applications(),
                records.pairs(),
                records.employees(),
                records.byNumber(),
                records.today(),
                clock.getZone(),
                records.derived());
    }

    List<String> departments() {
        return cache.get(List.of("departments"), directory::departments);
    }

    List<String> sites() {
        return cache.get(List.of("sites"), directory::sites);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param visible the programmes the person may choose from
     * @param programme the chosen one, or null for all visible programmes
     * @param programmes what the figures cover
     * @param everyProgramme the person sees every launched programme (survey figures across programmes are theirs)
     */
    record Selection(
            List<ProgramView> visible, ProgramView programme, List<ProgramView> programmes, boolean everyProgramme) {

        Selection(List<ProgramView> visible, ProgramView programme, List<ProgramView> programmes) {
            this(visible, programme, programmes, false);
        }
    }
}
