/**
 * Programmes: their design (purpose, objectives, format, cadence, timeline, eligibility, sponsors), the programme
 * page, launch readiness, the versioned charter, and applications — the only way anyone becomes a participant.
 *
 * <p>Other modules use {@link org.binome.programs.Programs}, its view records and its events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programmes",
        allowedDependencies = {"identity", "people", "skills", "communication", "shared", "privacy"})
package org.binome.programs;
