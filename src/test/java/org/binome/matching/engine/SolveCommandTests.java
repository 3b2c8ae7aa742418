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
}
