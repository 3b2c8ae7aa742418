package org.binome.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.binome.people.Directory;
import org.binome.people.PersonStatus;
import org.binome.people.PersonView;
import org.binome.shared.ReaderDates;
import org.binome.shared.RuleViolation;
import org.binome.skills.SkillDeclaration;
import org.binome.skills.SkillDirection;
import org.binome.skills.Skills;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteering: a person applies, edits their application until someone reviews it, and withdraws whenever they want.
 * Every operation acts for the applicant named by the caller, who must be the signed-in person themself.
 */
@Component
class Volunteering {

    /** Version of the data-processing consent text ({@code programs.consent.text}); bump it when the text changes. */
    static final String CONSENT_VERSION = "2026-11";

    private final ProgramRepository programs;
    private final ApplicationRepository applications;
    private final Charters charters;
    private final Directory directory;
    private final Skills skills;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Volunteering(
            ProgramRepository programs,
            ApplicationRepository applications,
            Charters charters,
            Directory directory,
            Skills skills,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            org.binome.privacy.ConsentLedger consents) {
        this.programs = programs;
        this.applications = applications;
        this.charters = charters;
        this.directory = directory;
        this.skills = skills;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.consents = consents;
    }

    private final org.binome.privacy.ConsentLedger consents;

    /** The ledger keeps each consent and charter acceptance with its exact version, time and channel. */
    private void recordConsents(long programId, String applicant, ApplicationCommand command) {
        var reference = "programme:" + programId;
        consents.given(
                applicant,
                org.binome.privacy.ConsentLedger.Purpose.PROGRAMME_APPLICATION,
                reference,
                CONSENT_VERSION,
                "application-form",
                true);
        consents.given(
                applicant,
                org.binome.privacy.ConsentLedger.Purpose.CHARTER,
                reference,
                String.valueOf(charters.current(programId).number()),
                "application-form",
                false);
    }

    String consentText(Locale locale) {
        return messages.getMessage("programs.consent.text", null, locale);
    }

    @Transactional
    ApplicationView apply(long programId, String applicant, ApplicationCommand command, Locale locale) {
        var program = program(programId);
        var person = eligiblePerson(program, applicant, command.role());
        var existing = applications.findByProgramIdAndEmployeeNumber(programId, applicant);
        if (existing.isPresent() && existing.get().status != ApplicationStatus.WITHDRAWN) {
            throw RuleViolation.conflict("programs.apply.error.twice");
        }
        checkCharter(programId, command);
        var now = clock.instant();
        Application application;
        if (existing.isPresent()) {
            application = existing.get();
            application.edit(command, CONSENT_VERSION, consentText(locale), now);
        } else {
            application = Application.submit(programId, applicant, command, CONSENT_VERSION, consentText(locale), now);
        }
        var saved = applications.save(application);
        declareSkills(person, command);
        events.publishEvent(new ApplicationSubmitted(programId, saved.id, applicant, saved.role));
        recordConsents(programId, applicant, command);
        return saved.view();
    }

    /** The applicant's edit, made on the version they read: a review that came in between is never lost. */
    @Transactional
    ApplicationView edit(long programId, String applicant, int readVersion, ApplicationCommand command, Locale locale) {
        var program = program(programId);
        var application = applications
                .findByProgramIdAndEmployeeNumber(programId, applicant)
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        if (application.version != readVersion) {
            throw RuleViolation.conflict("programs.apply.error.conflict");
        }
        if (!application.status.editableByApplicant() && application.status != ApplicationStatus.WITHDRAWN) {
            throw RuleViolation.conflict("programs.apply.error.reviewed");
        }
        var person = eligiblePerson(program, applicant, command.role());
        checkCharter(programId, command);
        var wasWithdrawn = application.status == ApplicationStatus.WITHDRAWN;
        application.edit(command, CONSENT_VERSION, consentText(locale), clock.instant());
        Application saved;
        try {
            saved = applications.save(application);
        } catch (OptimisticLockingFailureException e) {
            throw RuleViolation.conflict("programs.apply.error.conflict");
        }
        declareSkills(person, command);
        if (wasWithdrawn) {
            events.publishEvent(new ApplicationSubmitted(programId, saved.id, applicant, saved.role));
            recordConsents(programId, applicant, command);
        }
        return saved.view();
    }

    /** Always possible, before or after review: taking part stays voluntary all along. */
    @Transactional
    void withdraw(long programId, String applicant) {
        var application = applications
                .findByProgramIdAndEmployeeNumber(programId, applicant)
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        if (application.withdraw(clock.instant())) {
            applications.save(application);
            events.publishEvent(new ApplicationWithdrawn(programId, application.id, applicant, application.role));
        }
    }

    private ProgramView program(long programId) {
        var program = programs.findById(programId)
                .map(Program::view)
                .filter(ProgramView::visibleToEmployees)
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        var today = LocalDate.now(clock);
        if (!program.acceptsApplications(today)) {
            var closes = program.date(Phase.APPLICATIONS_CLOSE);
            if (program.status() == ProgramStatus.OPEN && closes != null && today.isAfter(closes)) {
                var shown = ReaderDates.date(
                        closes, clock.getZone(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
                throw RuleViolation.conflict("programs.apply.error.deadline", shown);
            }
            throw RuleViolation.conflict("programs.apply.error.closed");
        }
        return program;
    }

    private PersonView eligiblePerson(ProgramView program, String applicant, ParticipantRole role) {
        var person = applicant == null
                ? null
                : directory
                        .find(applicant)
                        .filter(p -> p.status() == PersonStatus.ACTIVE)
                        .orElse(null);
        if (person == null) {
            throw RuleViolation.invalid("programs.apply.error.notEmployee");
        }
        if (role == null) {
            throw RuleViolation.invalid("programs.apply.error.role");
        }
        int seniority = ProgramView.seniority(person.careerStartYear(), person.hireDate(), LocalDate.now(clock));
        if (role == ParticipantRole.MENTOR
                && program.mentorMaxSeniority() != null
                && seniority > program.mentorMaxSeniority()) {
            throw RuleViolation.invalid(
                    "programs.apply.error.mentorSeniority", program.mentorMaxSeniority(), seniority);
        }
        if (role == ParticipantRole.MENTEE
                && program.menteeMinSeniority() != null
                && seniority < program.menteeMinSeniority()) {
            throw RuleViolation.invalid(
                    "programs.apply.error.menteeSeniority", program.menteeMinSeniority(), seniority);
        }
        return person;
    }

    private void checkCharter(long programId, ApplicationCommand command) {
        if (!command.consentGiven() || !command.charterAccepted()) {
            throw RuleViolation.invalid("programs.apply.error.consent");
        }
        if (charters.current(programId).number() != command.charterVersion()) {
            throw RuleViolation.conflict("programs.apply.error.charterChanged");
        }
    }

    /** The application's skills become the person's profile too, keeping what they declared elsewhere. */
    private void declareSkills(PersonView person, ApplicationCommand command) {
        var profile = skills.profileOf(person.employeeNumber());
        var offered = new LinkedHashMap<String, Integer>(profile.offered());
        offered.putAll(command.offeredSkills());
        var wanted = new LinkedHashMap<String, Integer>(profile.wanted());
        wanted.putAll(command.wantedSkills());
        var declarations = new ArrayList<SkillDeclaration>();
        add(declarations, offered, SkillDirection.OFFERED);
        add(declarations, wanted, SkillDirection.WANTED);
        skills.declare(person.employeeNumber(), declarations);
    }

    private static void add(java.util.List<SkillDeclaration> into, Map<String, Integer> levels, SkillDirection d) {
        levels.forEach((code, level) -> into.add(new SkillDeclaration(code, d, level)));
    }
}
