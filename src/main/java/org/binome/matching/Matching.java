package org.binome.matching;

import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's facade. Other modules learn about pairs through the events ({@link ProposalPublished},
 * {@link MatchAccepted}, {@link MatchDeclined}); this facade serves setup tools and demo data, and lets mentorships
 * give back the people of a pair that ended early for a new match.
 */
@Service
public class Matching {

    private final MatchingRuns runs;
    private final ProposalRepository proposals;
    private final ProposalReview review;

    Matching(MatchingRuns runs, ProposalRepository proposals, ProposalReview review) {
        this.runs = runs;
        this.proposals = proposals;
        this.review = review;
    }

    /** An accepted proposal: a pair, or a group with one or two mentors. */
    public record AcceptedProposal(long proposalId, List<String> mentors, List<String> mentees) {
        public AcceptedProposal {
            mentors = List.copyOf(mentors);
            mentees = List.copyOf(mentees);
        }
    }

    /**
     * The pair this accepted proposal started ended early and a new pair is offered: its members are free for the
     * next run or a pairing by hand, never proposed together again. Nothing happens for a proposal that is not
     * accepted (already given back, or never accepted).
     */
    @Transactional
    public void releaseForRematch(long proposalId) {
        proposals
                .findById(proposalId)
                .filter(p -> p.status == Proposal.Status.ACCEPTED)
                .ifPresent(p -> {
                    p.status = Proposal.Status.ENDED;
                    proposals.save(p);
                });
    }

    /**
     * Holds the proposal until the caller's transaction ends, and says whether it still stands (it was not declined).
     * Mentorships holds it before following any of its events: they are handled in parallel, and holding the proposal
     * makes them follow one another. A decline then waits for the proposed pair being written, and removes it.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean hold(long proposalId) {
        return proposals
                .holdStatus(proposalId)
                .map(status -> !Proposal.Status.DECLINED.name().equals(status))
                .orElse(true);
    }

    /** Whether the programme's hard rules allow this mentor and this mentee of its accepted cohort together. */
    boolean allowed(long programId, String mentor, String mentee) {
        try {
            return review.preview(programId, mentor, mentee).allowed();
        } catch (RuleViolation e) {
            return false;
        }
    }

    /**
     * Records a pair or a group decided beforehand as a locked draft, kept by the next run (setup tools, demo data);
     * false, and nothing recorded, when a hard rule forbids one of its pairs or someone already has a partner.
     */
    boolean lockProposal(long programId, List<String> mentors, List<String> mentees) {
        return review.lockProposal(programId, mentors, mentees);
    }

    /** The programme's accepted proposals, oldest first. */
    public List<AcceptedProposal> acceptedProposals(long programId) {
        return proposals.findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.ACCEPTED)).stream()
                .sorted(java.util.Comparator.comparingLong(p -> p.id))
                .map(p -> new AcceptedProposal(p.id, p.mentors(), p.mentees()))
                .toList();
    }

    /** What a run produced: its number, the proposals it made, and whether it finished. */
    record RunSummary(long runId, boolean done, int proposals) {}

    /**
     * Runs the programme's matching now, in the caller's thread, and records its proposals as already accepted
     * without publishing any event: for a programme whose pairs are created by other means (imported history, demo
     * data), so that the matching page shows a real run and its quality report. The locked drafts the run kept
     * (see {@link #lockProposal}) are recorded as accepted with it.
     */
    RunSummary recordAcceptedRun(long programId, String startedBy) {
        var run = runs.runNow(programId, startedBy);
        var made = proposals.findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.DRAFT)).stream()
                .filter(p -> run.id.equals(p.runId) || p.locked)
                .toList();
        for (var proposal : made) {
            proposal.status = Proposal.Status.ACCEPTED;
            proposal.publishedAt = run.startedAt;
            proposal.decidedAt = run.startedAt;
            proposal.members.forEach(m -> {
                m.answer = Proposal.Answer.ACCEPTED.name();
                m.answeredAt = run.startedAt;
            });
            proposals.save(proposal);
        }
        return new RunSummary(run.id, run.status == MatchingRun.Status.DONE, made.size());
    }
}
