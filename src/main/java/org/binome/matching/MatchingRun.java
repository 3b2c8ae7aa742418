package org.binome.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One matching run of a programme, with its progress and, once done, the quality report. */
@Table("matching_run")
class MatchingRun {

    enum Status {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED,
        /** Left RUNNING by a process that stopped, or running longer than the timeout: nothing was saved. */
        INTERRUPTED
    }

    /** Why a run was interrupted. */
    enum Interruption {
        RESTART,
        TIMEOUT
    }

    @Id
    Long id;

    long programId;
    Status status;
    int progress;
    String startedBy;
    Instant startedAt;
    Instant finishedAt;
    int mentors;
    int mentees;
    int mentorsPerGroup = 1;
    Double optimalTotal;
    Integer optimalMatched;
    Integer optimalUnmatched;
    Double optimalCovered;
    String optimalDistribution;
    Double greedyTotal;
    Integer greedyMatched;
    Integer greedyUnmatched;
    Double greedyCovered;
    String greedyDistribution;
    String error;
    String node;
    String process;
    Interruption interruption;

    @Version
    Integer version;

    /** The columns {@link #view(ResultSet)} reads, for a query of runs that are only shown. */
    static final String VIEW_COLUMNS = "id, program_id, status, progress, started_by, started_at, finished_at,"
            + " mentors, mentees, mentors_per_group, optimal_total, optimal_matched, optimal_unmatched,"
            + " optimal_covered, optimal_distribution, greedy_total, greedy_matched, greedy_unmatched, greedy_covered,"
            + " greedy_distribution, error, interruption";

    /**
     * The view of the run on the result set's row of {@link #VIEW_COLUMNS}, read without the repository's mapping
     * (the matching page shows the latest runs on every view; the mapping was 3.4 % of its CPU).
     */
    static RunView view(ResultSet rs) throws SQLException {
        var run = new MatchingRun();
        run.id = rs.getLong("id");
        run.programId = rs.getLong("program_id");
        run.status = Status.valueOf(rs.getString("status"));
        run.progress = rs.getInt("progress");
        run.startedBy = rs.getString("started_by");
        run.startedAt = instant(rs.getTimestamp("started_at"));
        run.finishedAt = instant(rs.getTimestamp("finished_at"));
        run.mentors = rs.getInt("mentors");
        run.mentees = rs.getInt("mentees");
        run.mentorsPerGroup = rs.getInt("mentors_per_group");
        run.optimalTotal = rs.getObject("optimal_total", Double.class);
        run.optimalMatched = rs.getObject("optimal_matched", Integer.class);
        run.optimalUnmatched = rs.getObject("optimal_unmatched", Integer.class);
        run.optimalCovered = rs.getObject("optimal_covered", Double.class);
        run.optimalDistribution = rs.getString("optimal_distribution");
        run.greedyTotal = rs.getObject("greedy_total", Double.class);
        run.greedyMatched = rs.getObject("greedy_matched", Integer.class);
        run.greedyUnmatched = rs.getObject("greedy_unmatched", Integer.class);
        run.greedyCovered = rs.getObject("greedy_covered", Double.class);
        run.greedyDistribution = rs.getString("greedy_distribution");
        run.error = rs.getString("error");
        var interruption = rs.getString("interruption");
        run.interruption = interruption == null ? null : Interruption.valueOf(interruption);
        return run.view();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static MatchingRun started(long programId, String startedBy, Instant now) {
        return started(programId, startedBy, now, 1);
    }

    static MatchingRun started(long programId, String startedBy, Instant now, int mentorsPerGroup) {
        var run = new MatchingRun();
        run.mentorsPerGroup = mentorsPerGroup;
        run.programId = programId;
        run.status = Status.RUNNING;
        run.startedBy = startedBy;
        run.startedAt = now;
        return run;
    }

    void done(CohortMatching.Quality optimal, CohortMatching.Quality greedy, Instant now) {
        status = Status.DONE;
        progress = 100;
        finishedAt = now;
        optimalTotal = optimal.totalScore();
        optimalMatched = optimal.matched();
        optimalUnmatched = optimal.unmatchedMentees();
        optimalCovered = optimal.topPriorityCoveredShare();
        optimalDistribution = text(optimal.scoreDistribution());
        greedyTotal = greedy.totalScore();
        greedyMatched = greedy.matched();
        greedyUnmatched = greedy.unmatchedMentees();
        greedyCovered = greedy.topPriorityCoveredShare();
        greedyDistribution = text(greedy.scoreDistribution());
    }

    RunView view() {
        return new RunView(
                id,
                programId,
                status,
                progress,
                startedBy,
                startedAt,
                finishedAt,
                mentors,
                mentees,
                mentorsPerGroup,
                status == Status.DONE
                        ? quality(optimalTotal, optimalMatched, optimalUnmatched, optimalCovered, optimalDistribution)
                        : null,
                status == Status.DONE
                        ? quality(greedyTotal, greedyMatched, greedyUnmatched, greedyCovered, greedyDistribution)
                        : null,
                error,
                interruption);
    }

    private static RunView.Figures quality(
            Double total, Integer matched, Integer unmatched, Double covered, String distribution) {
        return new RunView.Figures(
                total == null ? 0 : total,
                matched == null ? 0 : matched,
                unmatched == null ? 0 : unmatched,
                covered == null ? 0 : covered,
                distribution == null || distribution.isBlank()
                        ? new int[10]
                        : Arrays.stream(distribution.split(","))
                                .mapToInt(Integer::parseInt)
                                .toArray());
    }

    private static String text(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** A run as the page shows it. */
    record RunView(
            long id,
            long programId,
            Status status,
            int progress,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            int mentors,
            int mentees,
            int mentorsPerGroup,
            Figures optimal,
            Figures greedy,
            String error,
            Interruption interruption) {

        public boolean running() {
            return status == Status.RUNNING;
        }

        /** The quality figures of one assignment; the distribution counts proposals per score decile. */
        record Figures(double totalScore, int matched, int unmatchedMentees, double coveredShare, int[] distribution) {
            public int coveredPercent() {
                return (int) Math.round(coveredShare * 100);
            }

            public int maxBucket() {
                return Math.max(1, Arrays.stream(distribution).max().orElse(1));
            }

            /** A bucket's height as a multiple of 10 % (for a CSS class, no inline style). */
            private int height(int bucket, int max) {
                return (int) Math.round(distribution[bucket] * 10.0 / max) * 10;
            }

            /**
             * The histogram's bars, lowest decile first, each with its classes ({@code score-bucket h-40}) and its
             * title ({@code 20–29 : 3}): worked out here once, where the template spent five expressions a bar.
             */
            public java.util.List<Bar> bars() {
                int max = maxBucket();
                var bars = new java.util.ArrayList<Bar>(distribution.length);
                for (int b = 0; b < distribution.length; b++) {
                    bars.add(new Bar(
                            "score-bucket h-" + height(b, max),
                            (b * 10) + "–" + (b * 10 + 9) + " : " + distribution[b]));
                }
                return bars;
            }

            /** One bar of the histogram. */
            public record Bar(String classes, String title) {}
        }
    }
}
