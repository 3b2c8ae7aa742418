package org.binome.matching;

/** Someone declined their proposal: both sides are free again and may be matched anew. */
public record MatchDeclined(long programId, long proposalId, String declinedBy) {}
