package org.binome.mentorships;

/**
 * A pair's objectives were added or deleted (their number is part of the pair's health). Ids only, no content.
 */
public record ObjectivesChanged(long programId, long mentorshipId) {}
