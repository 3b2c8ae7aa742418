package org.binome.programs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators decide on applications people made themselves. Nothing here creates an application: a decision
 * names existing applications, with the version the reviewer read, and all of a bulk decision applies or none.
 */
@Component
class ApplicationReview {

    /** One application a reviewer decides on, as they saw it. */
    record Seen(long applicationId, int version) {}

    private final ProgramRepository programs;
    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationReview(
            ProgramRepository programs,
            ApplicationRepository applications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.programs = programs;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    List<ApplicationView> decide(
            long programId, List<Seen> seen, ApplicationStatus decision, String message, String reviewer) {
        if (seen.isEmpty()) {
            throw RuleViolation.invalid("programs.review.error.none");
        }
        if (message != null && message.length() > ProgramRules.TEXT_MAX) {
            throw RuleViolation.invalid("programs.error.tooLong", ProgramRules.TEXT_MAX);
        }
        var program = programs.findById(programId)
                .map(Program::view)
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        var now = clock.instant();
        var changed = new ArrayList<Application>();
        for (var item : seen) {
            var application = applications
                    .findById(item.applicationId())
                    .filter(a -> a.programId == programId)
                    .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
            if (application.version != item.version()) {
                throw RuleViolation.conflict("programs.review.error.conflict", application.employeeNumber);
            }
            application.review(decision, message, reviewer, now);
            changed.add(application);
        }
        if (decision == ApplicationStatus.ACCEPTED) {
            for (var role : ParticipantRole.values()) {
                var capacity = program.capacity(role);
                if (capacity == null) {
                    continue;
                }
                var ids = changed.stream().map(a -> a.id).toList();
                long alreadyAccepted =
                        applications
                                .findByProgramIdAndStatusAndRole(programId, ApplicationStatus.ACCEPTED, role)
                                .stream()
                                .filter(a -> !ids.contains(a.id))
                                .count();
                long nowAccepted = changed.stream().filter(a -> a.role == role).count();
                if (alreadyAccepted + nowAccepted > capacity) {
                    throw RuleViolation.conflict(
                            "programs.review.error.capacity",
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    "programs.role.plural." + role.name()),
                            capacity);
                }
            }
        }
        List<Application> saved;
        try {
            saved = applications.saveAll(changed);
        } catch (OptimisticLockingFailureException e) {
            throw RuleViolation.conflict("programs.review.error.conflict", "");
        }
        for (var application : saved) {
            var event = switch (decision) {
                case ACCEPTED ->
                    new ApplicationAccepted(programId, application.id, application.employeeNumber, application.role);
                case DECLINED ->
                    new ApplicationDeclined(programId, application.id, application.employeeNumber, application.role);
                default ->
                    new ApplicationWaitlisted(programId, application.id, application.employeeNumber, application.role);
            };
            events.publishEvent(event);
        }
        return saved.stream().map(Application::view).toList();
    }
}
