package org.binome.programs;

/** The role a person applies for in one programme; another programme may see them in the other role. */
public enum ParticipantRole {
    MENTOR,
    MENTEE
}
