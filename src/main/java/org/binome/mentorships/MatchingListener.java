package org.binome.mentorships;

import java.time.Duration;
import org.binome.matching.MatchAccepted;
import org.binome.matching.MatchDeclined;
import org.binome.matching.ProposalPublished;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows matching: a published proposal becomes a PROPOSED mentorship, an accepted one becomes ACTIVE (kick-off
 * pending), a declined one disappears. Each handler is idempotent, since events may be delivered again after a
 * restart.
 *
 * <p>A proposal's events are handled in parallel, after their transactions commit. Each lifecycle step first holds
 * the proposal (see {@link org.binome.matching.Matching#hold}), so they follow one another. What may still fail is
 * transient: a lock held past the timeout, a deadlock, or, for a pair whose proposal matching does not hold, the race
 * to write the pair, lost to the unique proposal key. Such a step runs again, in a new transaction, on what the other
 * wrote. So these handlers are {@code @Async @TransactionalEventListener} (what {@code @ApplicationModuleListener}
 * is, less its surrounding transaction, which a failed attempt would leave good only for a rollback); each lifecycle
 * step is its own transaction, and the event publication completes once one attempt succeeds.
 */
@Component
class MatchingListener {

    /** A few attempts, a moment apart, only when another transaction wrote the same pair first or held its row. */
    private static final RetryTemplate AFTER_A_RACE = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(4)
            .delay(Duration.ofMillis(50))
            .multiplier(2)
            .predicate(MatchingListener::lostARace)
            .build());

    private final MentorshipLifecycle lifecycle;

    MatchingListener(MentorshipLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Async
    @TransactionalEventListener
    void on(ProposalPublished event) {
        AFTER_A_RACE.invoke(
                () -> lifecycle.propose(event.programId(), event.proposalId(), event.mentors(), event.mentees()));
    }

    @Async
    @TransactionalEventListener
    void on(MatchAccepted event) {
        AFTER_A_RACE.invoke(
                () -> lifecycle.start(event.programId(), event.proposalId(), event.mentors(), event.mentees(), null));
    }

    @Async
    @TransactionalEventListener
    void on(MatchDeclined event) {
        AFTER_A_RACE.invoke(() -> lifecycle.declined(event.proposalId()));
    }

    /** The same pair written first by another transaction, or its row held past the lock timeout. */
    static boolean lostARace(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }
}
