package org.binome.programs;

import java.time.LocalDate;

record DatedPhase(Phase phase, LocalDate date) {}
