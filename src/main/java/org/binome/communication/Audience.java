package org.binome.communication;

/** Who an announcement is for. */
public enum Audience {
    /** Every person with an account. */
    ALL_EMPLOYEES,
    /** Everyone taking part in a programme (or in any programme when no programme is given). */
    PARTICIPANTS,
    MENTORS,
    MENTEES,
    /** Accounts with the sponsor role. */
    SPONSORS
}
