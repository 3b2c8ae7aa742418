package org.binome.programs;

/** Applications to a programme just opened. */
public record ProgramOpened(long programId, String name) {}
