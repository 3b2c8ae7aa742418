package org.binome.programs;

import java.time.LocalDate;

public record DatedPhase(Phase phase, LocalDate date) {}
