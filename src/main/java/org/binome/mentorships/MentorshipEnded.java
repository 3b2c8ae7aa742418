package org.binome.mentorships;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentorship ended: completed, or ended early by a member or an administrator (then with a reason category, no
 * blame). {@code informed} are the members to tell (everyone but the person who ended it); {@code message} is the
 * optional word that person addressed to them. {@code rematchOffered}: matching should offer the remaining members a
 * new match.
 */
public record MentorshipEnded(
        long programId,
        long mentorshipId,
        MentorshipStatus outcome,
        List<String> mentors,
        List<String> mentees,
        String endedBy,
        boolean endedByAdministrator,
        EndReason reason,
        String message,
        List<String> informed,
        boolean rematchOffered,
        LocalDate endedOn) {

    public MentorshipEnded {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        informed = List.copyOf(informed);
    }
}
