package org.binome.training;

import java.time.Instant;

/** A mentor's request for help, and the answer once given. */
record HelpRequestView(
        long id,
        long programId,
        String programName,
        String requester,
        String requesterName,
        String addressee,
        String message,
        Instant createdAt,
        String answer,
        String answeredBy,
        Instant answeredAt,
        int version) {

    public boolean answered() {
        return answer != null;
    }
}
