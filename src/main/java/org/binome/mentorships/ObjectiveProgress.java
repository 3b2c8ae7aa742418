package org.binome.mentorships;

enum ObjectiveProgress {
    NOT_STARTED,
    IN_PROGRESS,
    REACHED
}
