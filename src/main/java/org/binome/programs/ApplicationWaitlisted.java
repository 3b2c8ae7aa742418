package org.binome.programs;

/** Past-tense event of the programmes module, published after the change is saved. */
public record ApplicationWaitlisted(long programId, long applicationId, String employeeNumber, ParticipantRole role) {}
