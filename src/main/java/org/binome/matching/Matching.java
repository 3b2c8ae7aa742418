package org.binome.matching;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The matching module's facade. Other modules learn about pairs through the events ({@link ProposalPublished},
 * {@link MatchAccepted}, {@link MatchDeclined}); this facade only serves setup tools and demo data.
 */
@Service
public class Matching {

    private final MatchingRuns runs;
    private final ProposalRepository proposals;

    Matching(MatchingRuns runs, ProposalRepository proposals) {
        this.runs = runs;
        this.proposals = proposals;
    }

    /** What a run produced: its number, the proposals it made, and whether it finished. */
    public record RunSummary(long runId, boolean done, int proposals) {}

    /**
     * Runs the programme's matching now, in the caller's thread, and records its proposals as already accepted
     * without publishing any event: for a programme whose pairs are created by other means (imported history, demo
     * data), so that the matching page shows a real run and its quality report.
     */
    public RunSummary recordAcceptedRun(long programId, String startedBy) {
        var run = runs.runNow(programId, startedBy);
        var made = proposals.findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.DRAFT)).stream()
                .filter(p -> run.id.equals(p.runId))
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
