package org.binome.mentorships;

public enum ObjectiveProgress {
    NOT_STARTED,
    IN_PROGRESS,
    REACHED
}
