package org.binome.matching;

import java.util.List;

/** A proposal was published: each person in it is asked to accept or decline (volunteering, again). */
public record ProposalPublished(long programId, long proposalId, List<String> mentors, List<String> mentees) {

    public ProposalPublished {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }
}
