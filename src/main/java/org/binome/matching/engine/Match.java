package org.binome.matching.engine;

/** One chosen pair and the score it contributes, so callers can explain a result without looking scores up again. */
public record Match(int mentor, int mentee, double score) {}
