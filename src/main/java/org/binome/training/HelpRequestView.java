package org.binome.training;

import java.time.Instant;

/** A mentor's request for help, and the answer once given. */
public record HelpRequestView(
        long id,
        long programId,
        String programName,
        String requester,
        String requesterName,
        String addressee,
        String facilitator,
        String message,
        Instant createdAt,
        String answer,
        String answeredBy,
        Instant answeredAt,
        int version) {

    /** Its own facilitator reads a request to the facilitator; administrators read those to the HR team. */
    public boolean visibleTo(String employeeNumber, boolean administrator) {
        return HelpRequests.FACILITATOR.equals(addressee)
                ? employeeNumber != null && employeeNumber.equals(facilitator)
                : administrator && HelpRequests.ADMIN.equals(addressee);
    }

    public boolean answered() {
        return answer != null;
    }
}
