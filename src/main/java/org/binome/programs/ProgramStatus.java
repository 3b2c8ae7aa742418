package org.binome.programs;

import java.util.List;

/** A programme's life: designed, open for applications, matching, running, closed. */
public enum ProgramStatus {
    DRAFT,
    OPEN,
    MATCHING,
    RUNNING,
    CLOSED;

    /** The statuses an administrator may move a programme to from this one. */
    public List<ProgramStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(OPEN);
            case OPEN -> List.of(MATCHING, DRAFT);
            case MATCHING -> List.of(RUNNING, OPEN);
            case RUNNING -> List.of(CLOSED);
            case CLOSED -> List.of();
        };
    }

    public boolean atLeast(ProgramStatus other) {
        return compareTo(other) >= 0;
    }
}
