package org.binome.mentorships;

import org.binome.matching.MatchAccepted;
import org.binome.matching.MatchDeclined;
import org.binome.matching.ProposalPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows matching: a published proposal becomes a PROPOSED mentorship, an accepted one becomes ACTIVE (kick-off
 * pending), a declined one disappears. Each handler is idempotent, since events may be delivered again after a
 * restart.
 */
@Component
class MatchingListener {

    private final MentorshipLifecycle lifecycle;

    MatchingListener(MentorshipLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @ApplicationModuleListener
    void on(ProposalPublished event) {
        lifecycle.propose(event.programId(), event.proposalId(), event.mentors(), event.mentees());
    }

    @ApplicationModuleListener
    void on(MatchAccepted event) {
        lifecycle.start(event.programId(), event.proposalId(), event.mentors(), event.mentees(), null);
    }

    @ApplicationModuleListener
    void on(MatchDeclined event) {
        lifecycle.declined(event.proposalId());
    }
}
