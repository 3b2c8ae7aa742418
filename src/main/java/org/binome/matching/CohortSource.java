package org.binome.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.binome.people.Directory;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers what a programme's matching needs from the other modules: the programme, its accepted applicants as
 * candidates, and the hard rules with their data (reporting lines, training, pairs already made).
 */
@Component
class CohortSource {

    private final Programs programs;
    private final Directory directory;
    private final ProposalRepository proposals;
    private final ObjectProvider<TrainingGate> trainingGate;
    private final Clock clock;

    CohortSource(
            Programs programs,
            Directory directory,
            ProposalRepository proposals,
            ObjectProvider<TrainingGate> trainingGate,
            Clock clock) {
        this.programs = programs;
        this.directory = directory;
        this.proposals = proposals;
        this.trainingGate = trainingGate;
        this.clock = clock;
    }

    ProgramView program(long programId) {
        return programs.find(programId).orElseThrow(() -> RuleViolation.notFound("matching.error.notFound"));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every accepted applicant of the programme still in the company, matched or not: someone HR marked as left keeps
     * their application but is never proposed again.
     */
    Cohort cohort(ProgramView program) {
        var mentors = programs.acceptedApplicants(program.id(), ParticipantRole.MENTOR);
        var mentees = programs.acceptedApplicants(program.id(), ParticipantRole.MENTEE);
        // The applicants' people in one query per thousand, not one each (40,000 statements at 20,000 pairs).
        var numbers = new ArrayList<String>(mentors.size() + mentees.size());
        mentors.forEach(a -> numbers.add(a.employeeNumber()));
        mentees.forEach(a -> numbers.add(a.employeeNumber()));
        var people = new HashMap<String, org.binome.people.PersonView>();
        directory.findAll(numbers).stream()
                .filter(p -> p.status() == org.binome.people.PersonStatus.ACTIVE)
                .forEach(p -> people.put(p.employeeNumber(), p));
        return Cohort.of(
                mentors,
                mentees,
                number -> java.util.Optional.ofNullable(people.get(number)),
                Cohort.mentorCapacity(program),
                today());
    }

    /**
     * Only these people of the cohort (those with an accepted application and a directory entry), as the whole
     * cohort would hold them: what the matching page needs for its proposals, without reading the rest.
     */
    Cohort cohortOf(ProgramView program, java.util.Collection<String> employeeNumbers) {
        if (employeeNumbers.isEmpty()) {
            return new Cohort(List.of(), List.of());
        }
        return cohortOf(program, employeeNumbers, people(employeeNumbers));
    }

    /**
     * The same, with these people already read from the directory (with others the page names: one query for all of
     * them rather than two).
     */
    Cohort cohortOf(
            ProgramView program,
            java.util.Collection<String> employeeNumbers,
            java.util.Map<String, org.binome.people.PersonView> people) {
        if (employeeNumbers.isEmpty()) {
            return new Cohort(List.of(), List.of());
        }
        var applications = programs.acceptedApplicationsOf(program.id(), employeeNumbers);
        return Cohort.of(
                applications.stream()
                        .filter(a -> a.role() == ParticipantRole.MENTOR)
                        .toList(),
                applications.stream()
                        .filter(a -> a.role() == ParticipantRole.MENTEE)
                        .toList(),
                number -> java.util.Optional.ofNullable(people.get(number)),
                Cohort.mentorCapacity(program),
                today());
    }

    /** The employee numbers of the accepted applicants in one role (the applications themselves are not read). */
    List<String> applicantNumbers(long programId, ParticipantRole role) {
        return programs.acceptedApplicantNumbers(programId, role);
    }

    /** These people by employee number (those in the directory), one query per thousand. */
    java.util.Map<String, org.binome.people.PersonView> people(java.util.Collection<String> employeeNumbers) {
        var people = new HashMap<String, org.binome.people.PersonView>();
        if (!employeeNumbers.isEmpty()) {
            directory.findAll(employeeNumbers).forEach(p -> people.put(p.employeeNumber(), p));
        }
        return people;
    }

    /** These people still in the company, by name, one query. */
    List<org.binome.people.PersonName> names(java.util.Collection<String> employeeNumbers) {
        return directory.namesOf(employeeNumbers);
    }

    /** The hard rules of this programme. */
    List<PairRule> rules(ProgramView program) {
        var hierarchy = new ReportingLinesHierarchy(directory.reportingLines());
        var rules = new ArrayList<PairRule>();
        rules.add(new PairRule.MentorIsJunior());
        rules.add(new PairRule.SharedLanguage());
        rules.add(new PairRule.NoAvoidWish());
        rules.add(new PairRule.NotAlreadyPaired(pairsAlreadyMade(program.id())));
        if (program.trainingRequired()) {
            // The training module provides the gate; until it is there, nobody is held back.
            rules.add(new PairRule.TrainingCompleted(
                    program.id(), trainingGate.getIfAvailable(() -> TrainingGate.NOT_REQUIRED)));
        }
        rules.add(new PairRule.NoReportingLine(hierarchy));
        rules.add(new PairRule.NotUnderSameManager(hierarchy));
        return rules;
    }

    /** Pairs already published, accepted, declined or ended in this programme: never proposed again. */
    Set<String> pairsAlreadyMade(long programId) {
        var pairs = new HashSet<String>();
        for (var proposal : proposals.findByProgramIdAndStatusIn(
                programId,
                List.of(
                        Proposal.Status.PUBLISHED,
                        Proposal.Status.ACCEPTED,
                        Proposal.Status.DECLINED,
                        Proposal.Status.ENDED))) {
            for (var mentor : proposal.mentors()) {
                for (var mentee : proposal.mentees()) {
                    pairs.add(PairRule.NotAlreadyPaired.key(mentor, mentee));
                }
            }
        }
        return pairs;
    }

    /** People in a published or accepted proposal: they are taken. */
    Set<String> taken(long programId) {
        var taken = new HashSet<String>();
        proposals
                .findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.PUBLISHED, Proposal.Status.ACCEPTED))
                .forEach(p -> taken.addAll(p.people()));
        return taken;
    }

    /** People in a current draft. */
    Set<String> inDrafts(long programId) {
        var drafted = new HashSet<String>();
        proposals
                .findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.DRAFT))
                .forEach(p -> drafted.addAll(p.people()));
        return drafted;
    }

    String name(String employeeNumber) {
        return directory.find(employeeNumber).map(p -> p.fullName()).orElse(employeeNumber);
    }

    java.util.Optional<org.binome.people.PersonView> person(String employeeNumber) {
        return directory.find(employeeNumber);
    }
}
