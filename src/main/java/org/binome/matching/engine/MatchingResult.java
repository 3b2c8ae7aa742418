package org.binome.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An optimal matching.
 *
 * @param mentorOfMentee for each mentee, the index of its mentor or -1 when left unmatched
 * @param matches the chosen pairs, ordered by mentee
 * @param totalScore sum of the chosen pairs' scores, added in mentee order so equal inputs give identical bits
 */
public record MatchingResult(int[] mentorOfMentee, List<Match> matches, double totalScore) {

    public MatchingResult {
        mentorOfMentee = mentorOfMentee.clone();
        matches = List.copyOf(matches);
    }

    static MatchingResult of(int[] mentorOfMentee, ScoreLookup scores) {
        List<Match> matches = new ArrayList<>();
        double total = 0;
        for (int mentee = 0; mentee < mentorOfMentee.length; mentee++) {
            int mentor = mentorOfMentee[mentee];
            if (mentor >= 0) {
                double score = scores.score(mentor, mentee);
                matches.add(new Match(mentor, mentee, score));
                total += score;
            }
        }
        return new MatchingResult(mentorOfMentee, matches, total);
    }

    @Override
    public int[] mentorOfMentee() {
        return mentorOfMentee.clone();
    }

    /** Number of mentees who got a mentor. */
    public int matchedCount() {
        return matches.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchingResult that
                && Arrays.equals(mentorOfMentee, that.mentorOfMentee)
                && Double.compare(totalScore, that.totalScore) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mentorOfMentee) * 31 + Double.hashCode(totalScore);
    }

    @Override
    public String toString() {
        return "MatchingResult[totalScore=" + totalScore + ", matches=" + matches + "]";
    }

    interface ScoreLookup {
        double score(int mentor, int mentee);
    }
}
