package org.binome.matching;

import java.time.Clock;
import java.util.List;
import org.binome.programs.ProgramView;
import org.binome.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrator does with the drafts: lock, unlock, remove, pair two free people by hand (the hard rules
 * still apply), confirm a participant's request, and publish. Then what each participant answers.
 */
@Service
class ProposalReview {

    private final CohortSource source;
    private final ProposalRepository proposals;
    private final MatchingRequests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalReview(
            CohortSource source,
            ProposalRepository proposals,
            MatchingRequests requests,
            ApplicationEventPublisher events,
            Clock clock) {
        this.source = source;
        this.proposals = proposals;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void lock(long programId, long proposalId, boolean locked) {
        var proposal = draft(programId, proposalId);
        proposal.locked = locked;
        proposals.save(proposal);
    }

    @Transactional
    void remove(long programId, long proposalId) {
        var proposal = draft(programId, proposalId);
        proposal.status = Proposal.Status.REMOVED;
        proposals.save(proposal);
    }

    /** A score and explanation for two people, or the rule they break. */
    record Preview(Candidate mentor, Candidate mentee, double score, double[] components, PairRule broken) {
        public boolean allowed() {
            return broken == null;
        }
    }

    @Transactional(readOnly = true)
    Preview preview(long programId, String mentorNumber, String menteeNumber) {
        var program = source.program(programId);
        // the two people only, as the whole cohort would hold them
        var cohort = source.cohortOf(program, List.of(mentorNumber, menteeNumber));
        var mentor = cohort.mentors().stream()
                .filter(c -> c.employeeNumber().equals(mentorNumber))
                .findFirst()
                .orElse(null);
        var mentee = cohort.mentees().stream()
                .filter(c -> c.employeeNumber().equals(menteeNumber))
                .findFirst()
                .orElse(null);
        if (mentor == null || mentee == null) {
            throw RuleViolation.invalid("matching.error.notInCohort");
        }
        return preview(program, mentor, mentee);
    }

    private Preview preview(ProgramView program, Candidate mentor, Candidate mentee) {
        var matching = new CohortMatching(source.rules(program), Cohort.weights(program.matching()));
        var broken = matching.brokenRule(mentor, mentee).orElse(null);
        var components = new double[ScoreComponent.values().length];
        double score = new Compatibility(Cohort.weights(program.matching())).score(mentor, mentee, components);
        return new Preview(mentor, mentee, Math.max(0, score), components, broken);
    }

    /** Pairs two free people as a locked draft; refused with the broken rule's message. */
    @Transactional
    Preview pair(long programId, String mentorNumber, String menteeNumber) {
        var preview = preview(programId, mentorNumber, menteeNumber);
        if (!preview.allowed()) {
            throw RuleViolation.invalid(preview.broken().reasonKey());
        }
        var busy = source.taken(programId);
        busy.addAll(source.inDrafts(programId));
        if (busy.contains(menteeNumber)
                || busy.contains(mentorNumber) && preview.mentor().capacity() <= 1) {
            throw RuleViolation.conflict("matching.error.notFree");
        }
        proposals.save(Proposal.draft(
                programId,
                null,
                List.of(mentorNumber),
                List.of(menteeNumber),
                preview.score(),
                preview.components(),
                true,
                clock.instant()));
        return preview;
    }

    /**
     * Records these people as one locked draft (a pair, or a group with its mentors), for setup tools and demo data.
     * Nothing is recorded, and false returned, when a hard rule forbids one of its (mentor, mentee) pairs or someone
     * already has a partner.
     */
    @Transactional
    boolean lockProposal(long programId, List<String> mentors, List<String> mentees) {
        if (mentors.isEmpty() || mentees.isEmpty()) {
            return false;
        }
        var busy = source.taken(programId);
        busy.addAll(source.inDrafts(programId));
        var people = new java.util.ArrayList<String>(mentors);
        people.addAll(mentees);
        if (people.stream().anyMatch(busy::contains)
                || people.stream().distinct().count() < people.size()) {
            return false;
        }
        double total = 0;
        var mean = new double[ScoreComponent.values().length];
        int pairs = mentors.size() * mentees.size();
        for (var mentor : mentors) {
            for (var mentee : mentees) {
                Preview preview;
                try {
                    preview = preview(programId, mentor, mentee);
                } catch (RuleViolation e) {
                    return false;
                }
                if (!preview.allowed()) {
                    return false;
                }
                total += preview.score();
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += preview.components()[c] / pairs;
                }
            }
        }
        proposals.save(Proposal.draft(programId, null, mentors, mentees, total / pairs, mean, true, clock.instant()));
        return true;
    }

    @Transactional
    void confirmRequest(long programId, long requestId) {
        var request = requests.pending(programId, requestId);
        pair(programId, request.mentor(), request.mentee());
        requests.confirm(requestId);
    }

    /** Every draft becomes a published proposal, and each person is asked; nothing is published when none is left. */
    @Transactional
    int publish(long programId) {
        var drafts = proposals.findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.DRAFT));
        if (drafts.isEmpty()) {
            throw RuleViolation.invalid("matching.error.nothingToPublish");
        }
        var now = clock.instant();
        for (var proposal : drafts) {
            proposal.status = Proposal.Status.PUBLISHED;
            proposal.publishedAt = now;
            proposals.save(proposal);
            events.publishEvent(new ProposalPublished(programId, proposal.id, proposal.mentors(), proposal.mentees()));
        }
        return drafts.size();
    }

    /** A participant's answer to their published proposal, with the version they read. */
    @Transactional
    Proposal.Status answer(long proposalId, int version, String employeeNumber, Proposal.Answer answer) {
        var proposal = proposals
                .findById(proposalId)
                .filter(p -> p.includes(employeeNumber))
                .orElseThrow(() -> RuleViolation.notFound("matching.error.notFound"));
        if (proposal.version != version) {
            throw RuleViolation.conflict("matching.error.conflict");
        }
        boolean everyoneAccepted = proposal.answer(employeeNumber, answer, clock.instant());
        try {
            proposals.save(proposal);
        } catch (OptimisticLockingFailureException e) {
            throw RuleViolation.conflict("matching.error.conflict");
        }
        if (everyoneAccepted) {
            events.publishEvent(
                    new MatchAccepted(proposal.programId, proposal.id, proposal.mentors(), proposal.mentees()));
        } else if (answer == Proposal.Answer.DECLINED) {
            events.publishEvent(new MatchDeclined(
                    proposal.programId, proposal.id, employeeNumber, proposal.mentors(), proposal.mentees()));
        }
        return proposal.status;
    }

    private Proposal draft(long programId, long proposalId) {
        var proposal = proposals
                .findById(proposalId)
                .filter(p -> p.programId == programId)
                .orElseThrow(() -> RuleViolation.notFound("matching.error.notFound"));
        if (proposal.status != Proposal.Status.DRAFT) {
            throw RuleViolation.conflict("matching.error.notDraft");
        }
        return proposal;
    }
}
