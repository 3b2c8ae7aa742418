package org.binome.programs;

public enum MeetingMode {
    IN_PERSON,
    REMOTE,
    BOTH
}
