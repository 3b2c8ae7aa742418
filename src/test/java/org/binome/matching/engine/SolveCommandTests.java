package org.binome.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SolveCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("problem.txt"), content);
    }

    @Test
    void solvesAnOrLibraryFileSplitAcrossLines() throws IOException {
        // assignprob layout: n, then costs wrapped at arbitrary points.
        Path problem = file(" 4\n 9 2 7 8 6\n 4 3 7 5 8 1 8\n 7 6 9 4\n");
        assertThat(run(problem.toString())).isZero();
        assertThat(out())
                .contains("optimal cost: 13")
                .contains("parse ms: ")
                .contains("solve ms: ")
                .contains("1 2\n2 1\n3 3\n4 4\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void repeatReportsBestAndMedianWithoutTheAssignment() throws IOException {
        Path problem = file("2\n1 2\n3 4\n");
        assertThat(run("--repeat", "3", "--no-assignment", problem.toString())).isZero();
        assertThat(out()).contains("optimal cost: 5").contains("best of 3").doesNotContain("assignment");
    }

    @Test
    void malformedCostIsReportedWithItsLineNumber() throws IOException {
        Path problem = file("3\n1 2 3\n4 x5 6\n7 8 9\n");
        assertThat(run(problem.toString())).isEqualTo(2);
        assertThat(err()).contains("line 3").contains("'x5'");
        assertThat(out()).isEmpty();
    }

    @Test
    void truncatedFileNamesTheLineWhereItEnded() throws IOException {
        Path problem = file("3\n1 2 3\n4 5 6\n7 8\n");
        assertThat(run(problem.toString())).isEqualTo(2);
        assertThat(err()).contains("line 5").contains("unexpected end of file");
    }

    @Test
    void extraValuesAfterTheMatrixAreRejected() throws IOException {
        Path problem = file("1\n5\n6\n");
        assertThat(run(problem.toString())).isEqualTo(2);
        assertThat(err()).contains("line 3").contains("unexpected value");
    }

    @Test
    void missingFileIsAClearErrorWithExitCodeTwo() {
        assertThat(run(dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("no such file").contains("nope.txt");
    }

    @Test
    void missingArgumentPrintsUsage() {
        assertThat(run()).isEqualTo(1);
        assertThat(err()).contains("usage: solve");
    }

    @Test
    void sparseFileIsSolvedAsMinimumCostPerfectMatchingWhenOneExists() throws IOException {
        // Row 1 alone prefers column 1 (cost 1), but then row 2 could not be matched: the perfect matching wins.
        Path problem = file("# rows columns edges\n2 2 3\n1 1 1\n1 2 10\n2 1 2\n");
        assertThat(run("--sparse", problem.toString())).isZero();
        assertThat(out())
                .contains("matched rows: 2")
                .contains("optimal cost: 12")
                .contains("1 2\n2 1\n");
    }

    @Test
    void sparseRowWithoutAnyPossibleColumnIsReportedUnmatched() throws IOException {
        Path problem = file("3 2 3\n1 1 5\n2 1 3\n3 2 4\n");
        assertThat(run("--sparse", problem.toString())).isZero();
        assertThat(out())
                .contains("matched rows: 2")
                .contains("optimal cost: 7")
                .contains("1 -\n2 1\n3 2\n");
    }

    @Test
    void sparseEdgeOutsideTheDeclaredSizeNamesItsLine() throws IOException {
        Path problem = file("2 2 2\n1 1 5\n2 3 4\n");
        assertThat(run("--sparse", problem.toString())).isEqualTo(2);
        assertThat(err()).contains("line 3").contains("column 3 is outside [1, 2]");
    }

    @Test
    void sparseFileWithManyRowsAndWideCostsIsSolvedNotRefused() throws IOException {
        // 3,000 rows with costs up to 10^9 were refused before (a 2^52 floating-point bound on rows × range × rows).
        // Row i lists columns i and i+1 (mod n): the cheapest perfect matching is known in closed form.
        int n = 3000;
        StringBuilder text = new StringBuilder(n + " " + n + " " + 2 * n + "\n");
        long expected = 0;
        for (int i = 0; i < n; i++) {
            long own = 1_000_000_000L - i;
            long next = 999_999_000L + (i % 2);
            text.append(i + 1).append(' ').append(i + 1).append(' ').append(own).append('\n');
            text.append(i + 1)
                    .append(' ')
                    .append((i + 1) % n + 1)
                    .append(' ')
                    .append(next)
                    .append('\n');
        }
        // Only two perfect matchings exist: everyone on their own column, or everyone shifted by one.
        long ownTotal = 0;
        long shiftedTotal = 0;
        for (int i = 0; i < n; i++) {
            ownTotal += 1_000_000_000L - i;
            shiftedTotal += 999_999_000L + (i % 2);
        }
        expected = Math.min(ownTotal, shiftedTotal);
        Path problem = file(text.toString());
        assertThat(run("--sparse", "--no-assignment", problem.toString())).isZero();
        assertThat(out()).contains("matched rows: " + n).contains("optimal cost: " + expected);
        assertThat(err()).isEmpty();
    }

    @Test
    void sparseCostsJustWithinTwoToTheSixtyTwoAreExact() throws IOException {
        long big = (1L << 62) - 1;
        Path problem = file("2 2 4\n1 1 " + big + "\n1 2 " + (-big) + "\n2 1 " + (-big) + "\n2 2 " + (big - 1) + "\n");
        assertThat(run("--sparse", problem.toString())).isZero();
        // Crossing takes both -(2^62 - 1) cells: the total -2^63 + 2 is still a long.
        assertThat(out()).contains("optimal cost: " + (Long.MIN_VALUE + 2)).contains("1 2\n2 1\n");
    }

    @Test
    void sparseCostBeyondTwoToTheSixtyTwoNamesItsLine() throws IOException {
        Path problem = file("2 2 2\n1 1 5\n2 2 4611686018427387904\n");
        assertThat(run("--sparse", problem.toString())).isEqualTo(2);
        assertThat(err())
                .contains("line 3")
                .contains("4611686018427387904 is outside")
                .contains("±2^62");
    }

    @Test
    void sparseTotalBeyondSixtyFourBitsIsReportedNotWrapped() throws IOException {
        long big = (1L << 62) - 1;
        Path problem = file("3 3 3\n1 1 " + big + "\n2 2 " + big + "\n3 3 " + big + "\n");
        assertThat(run("--sparse", problem.toString())).isEqualTo(2);
        assertThat(err()).contains("line 1").contains("does not fit in a 64-bit integer");
        assertThat(out()).isEmpty();
    }

    @Test
    void sparseNegativeCostsAndDuplicatePairsAreSolved() throws IOException {
        // Pair (1,1) is listed twice: the cheaper -7 counts. Row 3 has no candidate and stays unmatched.
        Path problem = file("3 2 4\n1 1 3\n1 1 -7\n2 1 -1\n2 2 -2\n");
        assertThat(run("--sparse", problem.toString())).isZero();
        assertThat(out())
                .contains("matched rows: 2")
                .contains("optimal cost: -9")
                .contains("1 1\n2 2\n3 -\n");
    }

    @Test
    void denseCostsBeyondTheIntRangeAreSolvedExactly() throws IOException {
        long big = 3_000_000_000_000L;
        Path problem = file("2\n" + big + " 1\n2 " + (-big) + "\n");
        assertThat(run(problem.toString())).isZero();
        assertThat(out()).contains("optimal cost: " + (big - big)).contains("1 1\n2 2\n");
    }

    @Test
    void denseCostBeyondTwoToTheSixtyTwoNamesItsLine() throws IOException {
        Path problem = file("2\n1 2\n3 -4611686018427387904\n");
        assertThat(run(problem.toString())).isEqualTo(2);
        assertThat(err())
                .contains("line 3")
                .contains("-4611686018427387904 is outside")
                .contains("±2^62");
    }
}
