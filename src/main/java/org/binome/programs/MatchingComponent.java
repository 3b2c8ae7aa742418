package org.binome.programs;

/** The parts of a match score a programme weighs; the matching module computes each one. */
public enum MatchingComponent {
    SKILLS,
    AVAILABILITY,
    LANGUAGES,
    LOCATION,
    WISHES
}
