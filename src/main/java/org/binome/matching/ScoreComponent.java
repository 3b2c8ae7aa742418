package org.binome.matching;

/** The named parts of a compatibility score; each is worth 0 to 1 before weighting. */
enum ScoreComponent {
    /** The mentor's offered levels against the mentee's wanted priorities. */
    SKILL_FIT,
    /** The mentee's know-how against what the mentor wants to learn: the exchange that runs back. */
    REVERSE_FIT,
    /** A working language in common. */
    LANGUAGE,
    /** Preferred days and times in common. */
    AVAILABILITY,
    /** Same site, or at least one side happy to meet remotely. */
    LOCATION,
    /** Different departments: reverse mentoring builds links across the company. */
    DIVERSITY,
    /** People or departments wished for. */
    WISHES,
    /** A real generational gap, the point of reverse mentoring. */
    SENIORITY_GAP
}
