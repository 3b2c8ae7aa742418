package org.binome.skills;

public enum SkillDirection {
    /** The person can pass this skill on; the level says how well (1 notions … 4 expert). */
    OFFERED,
    /** The person wants to learn it; the level is the priority (1 nice to have … 3 top priority). */
    WANTED
}
