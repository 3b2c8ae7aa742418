package org.binome.training;

import java.util.List;

/**
 * What the facilitator's home ({@code /facilitation}) shows: their circles, the next session of any of them, and how
 * many help requests wait for an answer.
 */
record FacilitatorOverview(List<CircleSummary> circles, CircleSummary next, long openHelpRequests) {}
