package org.binome.matching.engine;

/** A mentor and a mentee, by 0-based index; used to forbid pairs. */
public record Pair(int mentor, int mentee) {}
