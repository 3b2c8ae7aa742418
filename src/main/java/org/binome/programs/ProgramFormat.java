package org.binome.programs;

/** How mentors and mentees meet. */
public enum ProgramFormat {
    /** One mentor, one mentee. */
    PAIRS,
    /** One mentor with several mentees (up to a maximum). */
    ONE_TO_MANY,
    /** "Mentorat collectif": groups within a size range. */
    GROUPS
}
