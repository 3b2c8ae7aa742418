package org.binome.programs;

/**
 * A programme's settings or status changed (an edit, a status change, publishing its page): what other modules keep
 * about it (e.g. figures that depend on its cadence or seniority rules) may be stale.
 */
public record ProgramChanged(long programId) {}
