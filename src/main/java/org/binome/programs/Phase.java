package org.binome.programs;

/** The dated phases of a programme's timeline, in the order they happen. */
public enum Phase {
    COMMUNICATION,
    APPLICATIONS_OPEN,
    APPLICATIONS_CLOSE,
    MENTOR_TRAINING,
    MATCHING,
    KICK_OFF,
    SESSIONS,
    MID_POINT_REVIEW,
    CLOSING
}
