package org.binome.skills;

/** A skill was merged into another: every reference to {@code from} now points at {@code into}. */
record SkillsMerged(String from, String into) {}
