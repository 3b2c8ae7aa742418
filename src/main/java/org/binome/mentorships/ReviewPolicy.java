package org.binome.mentorships;

import java.time.LocalDate;
import org.binome.programs.Phase;

/** When a pair's mid-point and closing reviews open, from dates only (no clock, no database). */
final class ReviewPolicy {

    private ReviewPolicy() {}

    /** When each review opens for a pair: three weeks before the programme's mid-point and closing dates. */
    static LocalDate opensOn(PairOutline facts, ReviewKind kind) {
        var m = facts.mentorship();
        if (m.startedOn == null) {
            return null;
        }
        var program = facts.program();
        if (kind == ReviewKind.MID_POINT) {
            var mid = program == null ? null : program.date(Phase.MID_POINT_REVIEW);
            var opens = (mid == null ? m.startedOn.plusDays(90) : mid).minusDays(21);
            var earliest = m.startedOn.plusDays(30);
            return opens.isBefore(earliest) ? earliest : opens;
        }
        var closing = program == null ? null : program.date(Phase.CLOSING);
        var opens = (closing == null ? m.startedOn.plusDays(180) : closing).minusDays(21);
        var earliest = m.startedOn.plusDays(45);
        return opens.isBefore(earliest) ? earliest : opens;
    }

    /** Whether a member may answer the review now: from its opening day while active; the closing one once completed. */
    static boolean isOpen(PairOutline facts, ReviewKind kind) {
        var status = facts.mentorship().status;
        if (status == MentorshipStatus.PROPOSED || status == MentorshipStatus.ENDED_EARLY) {
            return false;
        }
        if (kind == ReviewKind.CLOSING && status == MentorshipStatus.COMPLETED) {
            return true;
        }
        if (status != MentorshipStatus.ACTIVE) {
            return false;
        }
        var opens = opensOn(facts, kind);
        return opens != null && !facts.today().isBefore(opens);
    }
}
