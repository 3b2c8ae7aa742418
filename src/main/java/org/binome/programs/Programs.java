package org.binome.programs;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;

/**
 * The programmes module's facade. Matching reads a programme's settings and its accepted applicants here; the home
 * page reads a person's applications. Nobody becomes a participant except through {@link #apply}, called for the
 * signed-in person themself.
 */
@Service
public class Programs {

    private final ProgramRepository programs;
    private final ApplicationRepository applications;
    private final ProgramEditing editing;
    private final Volunteering volunteering;
    private final ApplicationReview review;
    private final Charters charters;
    private final ApplicationCounts counts;
    private final ApplicationRecords records;
    private final ProgramViews views;
    private final ApplicationViews applicationViews;

    Programs(
            ProgramRepository programs,
            ApplicationRepository applications,
            ProgramEditing editing,
            Volunteering volunteering,
            ApplicationReview review,
            Charters charters,
            ApplicationCounts counts,
            ApplicationRecords records,
            ProgramViews views,
            ApplicationViews applicationViews) {
        this.views = views;
        this.applicationViews = applicationViews;
        this.records = records;
        this.counts = counts;
        this.programs = programs;
        this.applications = applications;
        this.editing = editing;
        this.volunteering = volunteering;
        this.review = review;
        this.charters = charters;
    }

    /**
     * Every programme, newest first, as {@link ProgramViews} keeps them (a change through this node shows at once,
     * one made on another node within {@link ProgramViews#KEPT}). No transaction of its own: the list is nearly always
     * the kept one, and opening and committing a read-only transaction for it was 2 % of the pairs page's CPU.
     */
    public List<ProgramView> findAll() {
        return views.all();
    }

    /** A programme, as {@link ProgramViews} keeps it (no transaction of its own, as {@link #findAll()}). */
    public Optional<ProgramView> find(long programId) {
        return views.find(programId);
    }

    /** A programme as the database holds it now (for an edit form, whose version guards the edit). */
    @Transactional(readOnly = true)
    Optional<ProgramView> findCurrent(long programId) {
        return programs.findById(programId).map(Program::view);
    }

    /** The programme an address names by its id; anything but a number names none. */
    public Optional<ProgramView> find(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? find(Long.parseLong(id)) : Optional.empty();
    }

    /** Programmes every employee may read: published, open, matching or running. */
    @Transactional(readOnly = true)
    public List<ProgramView> visibleToEmployees() {
        return findAll().stream()
                .filter(ProgramView::visibleToEmployees)
                .filter(p -> p.status() != ProgramStatus.CLOSED)
                .toList();
    }

    /** The accepted applicants in one role, with everything they wrote in their application (for matching). */
    @Transactional(readOnly = true)
    public List<ApplicationView> acceptedApplicants(long programId, ParticipantRole role) {
        return applications.findByProgramIdAndStatusAndRole(programId, ApplicationStatus.ACCEPTED, role).stream()
                .map(Application::view)
                .toList();
    }

    /**
     * The employee numbers of the accepted applicants in this role: what the matching page counts and pages through
     * without reading the applications themselves.
     */
    public List<String> acceptedApplicantNumbers(long programId, ParticipantRole role) {
        return counts.acceptedNumbers(programId, role);
    }

    /** The accepted applications of these people in the programme (those that exist), one query per thousand. */
    @Transactional(readOnly = true)
    public List<ApplicationView> acceptedApplicationsOf(long programId, Collection<String> employeeNumbers) {
        return applicationViews.acceptedOf(programId, employeeNumbers);
    }

    /** The applications of these programmes in numbers (role, status, dates; no content), in one query. */
    @Transactional(readOnly = true)
    public List<ApplicationRecord> applicationRecords(Collection<Long> programIds) {
        return records.of(programIds);
    }

    /** True when the person's own accepted application makes them a participant of the programme in that role. */
    @Transactional(readOnly = true)
    public boolean isAcceptedParticipant(long programId, String employeeNumber, ParticipantRole role) {
        return applicationViews
                .of(programId, employeeNumber)
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED && a.role() == role)
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<ApplicationView> applicationOf(long programId, String employeeNumber) {
        return applicationViews.of(programId, employeeNumber);
    }

    /** A person's applications in every programme, newest first (for "my applications" and the home page). */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> applicationsOf(String employeeNumber) {
        return records.summariesOf(employeeNumber);
    }

    /**
     * Every programme at a glance, newest first; {@code sponsoredBy} tells whether the given employee sponsors it
     * (null: nobody in particular).
     */
    @Transactional(readOnly = true)
    public List<ProgramOverview> overviews(String employeeNumber) {
        // Set-based: the programmes, their application counts and their charters in a few queries.
        var programmes = findAll();
        var countsOf = counts.of(programmes);
        var chartersOf =
                charters.current(programmes.stream().map(ProgramView::id).toList());
        return programmes.stream()
                .map(program -> {
                    var byRole = countsOf.get(program.id());
                    var mentors = byRole.stream()
                            .filter(c -> c.role() == ParticipantRole.MENTOR)
                            .findFirst()
                            .orElseThrow();
                    var mentees = byRole.stream()
                            .filter(c -> c.role() == ParticipantRole.MENTEE)
                            .findFirst()
                            .orElseThrow();
                    return new ProgramOverview(
                            program.id(),
                            program.name(),
                            program.status(),
                            readinessScore(program, chartersOf.get(program.id())),
                            total(mentors) - mentors.count(ApplicationStatus.WITHDRAWN),
                            mentors.accepted(),
                            program.mentorCapacity(),
                            total(mentees) - mentees.count(ApplicationStatus.WITHDRAWN),
                            mentees.accepted(),
                            program.menteeCapacity(),
                            employeeNumber != null && program.sponsors().contains(employeeNumber));
                })
                .toList();
    }

    /** A programme whose charter is missing (data imported by hand) scores without it rather than breaking the page. */
    private static int readinessScore(ProgramView program, CharterView charter) {
        return charter == null ? 0 : LaunchReadiness.of(program, charter).score();
    }

    private static long total(ApplicationCounts.RoleCount count) {
        return count.byStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    @Transactional(readOnly = true)
    LaunchReadiness readiness(long programId) {
        var program = find(programId).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        return LaunchReadiness.of(program, charters.current(programId));
    }

    @Transactional(readOnly = true)
    public CharterView charter(long programId) {
        return charters.current(programId);
    }

    @Transactional(readOnly = true)
    Optional<CharterView> charter(long programId, int version) {
        return charters.history(programId).stream()
                .filter(c -> c.number() == version)
                .findFirst();
    }

    /** Creates a draft programme with the default charter; an incoherent design is refused whole. */
    @Transactional
    ProgramView create(ProgramCommand command, String createdBy) {
        var errors = new MapBindingResult(new HashMap<>(), "program");
        return editing.create(command, errors, createdBy)
                .orElseThrow(() -> new IllegalArgumentException("Invalid programme: " + errors.getAllErrors()));
    }

    /** Replaces a programme's design with this one (for setup tools and demo data; screens use their own form). */
    @Transactional
    ProgramView update(long programId, ProgramCommand command, String by) {
        var errors = new MapBindingResult(new HashMap<>(), "program");
        var current = findCurrent(programId).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        return editing.update(programId, current.version(), command, errors, by)
                .orElseThrow(() -> new IllegalArgumentException("Invalid programme: " + errors.getAllErrors()));
    }

    @Transactional
    ProgramView changeStatus(long programId, ProgramStatus target, boolean missingItemsConfirmed) {
        return editing.changeStatus(programId, target, missingItemsConfirmed);
    }

    @Transactional
    ProgramView publish(long programId) {
        return editing.publish(programId, true);
    }

    /**
     * Records the applicant's own application. The caller passes the signed-in person's employee number (or, for
     * demo data, a simulated self-application); no other module may apply for somebody else.
     */
    @Transactional
    ApplicationView apply(long programId, String applicant, ApplicationCommand command, Locale locale) {
        return volunteering.apply(programId, applicant, command, locale);
    }

    @Transactional
    void withdraw(long programId, String applicant) {
        volunteering.withdraw(programId, applicant);
    }

    /** An administrator's decision on existing applications, each with the version the reviewer read. */
    @Transactional
    List<ApplicationView> review(
            long programId,
            Collection<Long> applicationIds,
            ApplicationStatus decision,
            String message,
            String reviewer) {
        var seen = applicationIds.stream()
                .map(id -> applications
                        .findById(id)
                        .map(a -> new ApplicationReview.Seen(a.id, a.version))
                        .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound")))
                .toList();
        return review.decide(programId, seen, decision, message, reviewer);
    }
}
