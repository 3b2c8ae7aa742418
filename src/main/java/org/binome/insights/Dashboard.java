package org.binome.insights;

import java.util.List;
import java.util.Map;
import org.binome.programs.ParticipantRole;

/**
 * Every figure of the impact dashboard for one selection (programmes and filter).
 *
 * @param computedAt when these figures were computed (they may be kept a while), or null when not said
 */
record Dashboard(
        Filter filter,
        Participation participation,
        Engagement engagement,
        Retention retention,
        Links links,
        java.time.Instant computedAt) {

    Dashboard(Filter filter, Participation participation, Engagement engagement, Retention retention, Links links) {
        this(filter, participation, engagement, retention, links, null);
    }

    /** Applicants and accepted people in one role, against the people eligible for it. */
    record RoleFigures(ParticipantRole role, long eligible, long applicants, long accepted) {

        public Double applicantShare() {
            return eligible == 0 ? null : (double) applicants / eligible;
        }
    }

    record Participation(
            boolean shown,
            List<RoleFigures> roles,
            long accepted,
            long matched,
            Double matchRate,
            Double medianDaysToMatch) {}

    /**
     * @param started pairs that started (active, completed or ended early)
     * @param recentShare share of active pairs with a session held in the last 30 days
     * @param endReasons early closures per reason, most frequent first
     */
    record Engagement(
            boolean shown,
            int started,
            int active,
            int activeWithRecentSession,
            Double recentShare,
            Double sessionsPerPairMonth,
            Double hoursPerPairMonth,
            int stalled,
            int endedEarly,
            Double earlyClosureRate,
            Map<String, Integer> endReasons) {}

    /** One point of a Kaplan–Meier curve: after {@code day} days, {@code staying} of the group is still there. */
    record CurvePoint(int day, double staying) {}

    /**
     * Retention of participants against comparable non-participants, at {@code horizonDays} (12 months when follow-up
     * allows, less otherwise).
     */
    record Retention(
            boolean shown,
            int participants,
            int comparators,
            int participantsLeft,
            int comparatorsLeft,
            int strata,
            int horizonDays,
            double participantRate,
            double comparatorRate,
            double difference,
            double low,
            double high,
            boolean indicative,
            List<CurvePoint> participantCurve,
            List<CurvePoint> comparatorCurve) {

        public int horizonMonths() {
            return (int) Math.round(horizonDays / (365.25 / 12));
        }

        /** The interval excludes zero: the difference is unlikely to be chance alone (still an association). */
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }

    /** Pairs spanning departments, sites and generations, and pairs per (mentor's, mentee's) department. */
    record Links(
            boolean shown,
            int pairs,
            Double crossDepartment,
            Double crossSite,
            Double crossGeneration,
            List<String> departments,
            List<List<Integer>> map) {}
}
