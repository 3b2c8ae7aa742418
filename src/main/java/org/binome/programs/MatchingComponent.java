package org.binome.programs;

/** The parts of a match score a programme weighs; the matching module computes each one. */
public enum MatchingComponent {
    SKILLS,
    AVAILABILITY,
    LANGUAGES,
    LOCATION,
    WISHES,
    /** What the mentee can share back that the mentor wants to learn. */
    REVERSE_FIT,
    /** Different departments. */
    DIVERSITY,
    /** A real generational gap. */
    SENIORITY_GAP
}
