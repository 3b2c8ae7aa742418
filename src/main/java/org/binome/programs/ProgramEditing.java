package org.binome.programs;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.people.Directory;
import org.binome.people.PersonStatus;
import org.binome.shared.RuleViolation;
import org.binome.skills.SkillView;
import org.binome.skills.Skills;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Designing a programme: creation, edits (guarded by the version the editor read) and status changes. */
@Component
class ProgramEditing {

    private final ProgramRepository programs;
    private final Charters charters;
    private final Skills skills;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProgramViews views;
    private final Accounts accounts;

    ProgramEditing(
            ProgramRepository programs,
            Charters charters,
            Skills skills,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock,
            ProgramViews views,
            Accounts accounts) {
        this.views = views;
        this.accounts = accounts;
        this.programs = programs;
        this.charters = charters;
        this.skills = skills;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    void check(ProgramCommand command, Errors errors) {
        var catalogue = new HashSet<String>();
        skills.catalogue().stream().map(SkillView::code).forEach(catalogue::add);
        ProgramRules.check(
                command,
                errors,
                catalogue,
                number -> directory
                        .find(number)
                        .filter(p -> p.status() == PersonStatus.ACTIVE)
                        .isPresent());
    }

    @Transactional
    Optional<ProgramView> create(ProgramCommand command, Errors errors, String by) {
        check(command, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        views.changed();
        var saved = programs.save(Program.draft(command, clock.instant()));
        charters.startWithDefault(saved.id, by);
        accounts.grantToEmployees(command.sponsors(), Role.SPONSOR, by);
        return Optional.of(saved.view());
    }

    /**
     * Saves an edit made on the version the editor read; someone else's newer change is never overwritten. Sponsors
     * named by this edit get the sponsor role (the sponsors' dashboard); one no longer named keeps it until an
     * administrator revokes it in Comptes, since it may have been granted for another reason.
     */
    @Transactional
    Optional<ProgramView> update(long id, int readVersion, ProgramCommand command, Errors errors, String by) {
        var program = load(id);
        check(command, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        if (program.version != readVersion) {
            throw RuleViolation.conflict("programs.error.conflict");
        }
        var namedBefore = Set.copyOf(program.view().sponsors());
        program.apply(command);
        views.changed();
        Program saved;
        try {
            saved = programs.save(program);
        } catch (OptimisticLockingFailureException e) {
            throw RuleViolation.conflict("programs.error.conflict");
        }
        accounts.grantToEmployees(
                command.sponsors().stream()
                        .filter(number -> !namedBefore.contains(number))
                        .toList(),
                Role.SPONSOR,
                by);
        events.publishEvent(new ProgramChanged(saved.id));
        return Optional.of(saved.view());
    }

    /**
     * Moves a programme along its path. Opening applications with keys to success still missing needs the
     * administrator's explicit confirmation.
     */
    @Transactional
    ProgramView changeStatus(long id, ProgramStatus target, boolean missingConfirmed) {
        var program = load(id);
        if (target == ProgramStatus.OPEN && program.status == ProgramStatus.DRAFT) {
            var readiness = LaunchReadiness.of(program.view(), charters.current(id));
            if (!readiness.missingToOpen().isEmpty() && !missingConfirmed) {
                throw RuleViolation.invalid("programs.readiness.confirmRequired");
            }
        }
        program.moveTo(target);
        views.changed();
        var saved = programs.save(program);
        events.publishEvent(new ProgramChanged(saved.id));
        if (target == ProgramStatus.OPEN) {
            events.publishEvent(new ProgramOpened(saved.id, saved.name));
        }
        return saved.view();
    }

    /** Publishing the page lets every employee read it before applications open (the communication phase). */
    @Transactional
    ProgramView publish(long id, boolean published) {
        var program = load(id);
        if (!published && program.status.atLeast(ProgramStatus.OPEN)) {
            throw RuleViolation.conflict("programs.error.transition");
        }
        program.published = published;
        views.changed();
        var saved = programs.save(program);
        events.publishEvent(new ProgramChanged(saved.id));
        return saved.view();
    }

    Program load(long id) {
        return programs.findById(id).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
    }
}
