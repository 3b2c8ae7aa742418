package org.binome.skills;

/** One skill of the catalogue as a person declared it (0 when not offered or not wanted), for profile screens. */
record SkillProfileLine(
        SkillView skill, int offeredLevel, String offeredComment, int wantedPriority, String wantedComment) {}
