package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.binome.programs.CharterView;

/** What the members' pages show; built for one reader, so private notes and reviews are theirs only. */
final class Views {

    private Views() {}
}

record MemberView(
        String employeeNumber,
        String name,
        MemberRole role,
        boolean kickedOff,
        Integer charterVersion,
        Instant charterAcceptedAt,
        String expectations) {}

record ObjectiveView(
        long id,
        String title,
        String measure,
        LocalDate targetDate,
        ObjectiveProgress progress,
        String progressComment,
        String updatedBy,
        Instant updatedAt,
        int version) {}

record SessionView(
        long id,
        Instant startsAt,
        Instant endsAt,
        int durationMinutes,
        MeetingFormat format,
        String place,
        String link,
        String agenda,
        boolean cancelled,
        boolean past,
        boolean logged,
        String covered,
        String menteeLearned,
        String mentorLearned,
        String nextSteps,
        String loggedBy,
        List<String> attended,
        int ratings,
        Integer myRating,
        int sequence,
        int version) {

    public SessionBadge badge() {
        return SessionBadge.of(cancelled, logged, past);
    }
}

record NoteView(long id, String author, boolean mine, boolean shared, String body, Instant createdAt) {}

record ReviewView(ReviewKind kind, boolean open, LocalDate opensOn, boolean answered, Integer satisfaction) {}

record MentorshipDetail(
        MentorshipSummary summary,
        List<MemberView> members,
        MemberView me,
        CharterView charter,
        List<ObjectiveView> objectives,
        List<SessionView> sessions,
        SessionView nextSession,
        List<NoteView> notes,
        List<ReviewView> reviews,
        List<NextAction> nextActions,
        List<StallReason> reasons,
        EndReason endReason,
        LocalDate endedOn,
        EndWord endWord,
        boolean active) {

    /**
     * The word the person who ended the pair early left for the other members (members only, never administrators),
     * or null.
     *
     * @param author the member's name, or null when an administrator ended the pair
     */
    record EndWord(String author, String text) {}

    /** The number of the programme's current charter, the one a member accepts at kick-off (0 without a programme). */
    public int charterVersion() {
        return charter == null ? 0 : charter.number();
    }
}
