package org.binome.training;

import java.time.Instant;
import java.util.List;

/** One circle session: when, who is the client, the current step and what was recorded. */
record SessionView(
        long id,
        long circleId,
        Instant startsAt,
        String place,
        String client,
        String clientName,
        int step,
        SessionStatus status,
        String followUp,
        String problem,
        String contract,
        String suggestions,
        String actionPlan,
        String learnings,
        List<String> attendees,
        int sequence,
        int version) {

    /** The same session with its date, place, step and attendance only, for someone who may not read it. */
    public SessionView withoutContent() {
        return new SessionView(
                id, circleId, startsAt, place, null, null, step, status, null, null, null, null, null, null, attendees,
                sequence, version);
    }

    public CircleStep currentStep() {
        return CircleStep.of(step);
    }

    public String record(String field) {
        return switch (field) {
            case "followUp" -> followUp;
            case "problem" -> problem;
            case "contract" -> contract;
            case "suggestions" -> suggestions;
            case "actionPlan" -> actionPlan;
            case "learnings" -> learnings;
            default -> null;
        };
    }

    enum SessionStatus {
        PLANNED,
        OPEN,
        DONE
    }
}
