package org.binome.matching;

import java.util.List;

/**
 * Someone declined their proposal: everyone in it is free again and may be matched anew. {@code mentors} and
 * {@code mentees} are all the people of the proposal, the one who declined included, so that listeners can tell the
 * others (empty in events recorded before they were added).
 */
public record MatchDeclined(
        long programId, long proposalId, String declinedBy, List<String> mentors, List<String> mentees) {

    public MatchDeclined {
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        mentees = mentees == null ? List.of() : List.copyOf(mentees);
    }

    /** Without the people of the proposal (for listeners that only need the proposal). */
    public MatchDeclined(long programId, long proposalId, String declinedBy) {
        this(programId, proposalId, declinedBy, List.of(), List.of());
    }

    /** Everyone in the proposal but the person who declined. */
    public List<String> others() {
        var others = new java.util.ArrayList<String>(mentors);
        others.addAll(mentees);
        others.removeIf(person -> person.equals(declinedBy));
        return List.copyOf(others);
    }
}
