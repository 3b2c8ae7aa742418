package org.binome.training;

import java.time.LocalDate;
import org.binome.programs.ParticipantRole;

/**
 * A required training path a person has not completed yet, in a programme whose matching is still to come: matching
 * leaves them out until it is done.
 *
 * @param done modules of the path completed
 * @param total modules of the path
 * @param matchingDate the programme's planned matching day, or null when it has none
 */
public record TrainingDue(
        long programId, String programName, ParticipantRole role, int done, int total, LocalDate matchingDate) {}
