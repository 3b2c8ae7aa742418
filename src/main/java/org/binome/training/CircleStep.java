package org.binome.training;

/**
 * The six steps of a codevelopment session (Payette &amp; Champagne), after an opening where the previous client tells
 * what came of their action plan. Each has a time box in minutes, who speaks, and the record it fills (or none).
 */
enum CircleStep {
    OPENING(5, "previous", "followUp"),
    PRESENTATION(10, "client", "problem"),
    CLARIFICATION(10, "consultants", null),
    CONTRACT(5, "client", "contract"),
    CONSULTATION(20, "consultants", "suggestions"),
    SYNTHESIS(10, "client", "actionPlan"),
    LEARNINGS(10, "everyone", "learnings");

    private final int minutes;
    private final String speaker;
    private final String field;

    CircleStep(int minutes, String speaker, String field) {
        this.minutes = minutes;
        this.speaker = speaker;
        this.field = field;
    }

    public int minutes() {
        return minutes;
    }

    public String speaker() {
        return speaker;
    }

    /** The record this step fills, or null (clarification records nothing: factual questions only). */
    public String field() {
        return field;
    }

    /** Whether leaving the step requires its record: the opening may be empty on a circle's first session. */
    public boolean requiresRecord() {
        return field != null && this != OPENING;
    }

    public int number() {
        return ordinal();
    }

    static CircleStep of(int number) {
        var values = values();
        return values[Math.max(0, Math.min(values.length - 1, number))];
    }
}
