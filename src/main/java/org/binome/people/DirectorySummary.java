package org.binome.people;

/** Head counts of the directory, for overviews. */
record DirectorySummary(long activePeople, long departments, long sites) {}
