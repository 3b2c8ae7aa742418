package org.binome.programs;

/** Applications to a programme just opened. */
record ProgramOpened(long programId, String name) {}
