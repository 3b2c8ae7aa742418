package org.binome.matching;

import java.io.PrintStream;
import org.binome.matching.engine.SolveCommand;

/** The {@code solve} command of the executable jar: the engine on assignment files, without starting the application. */
public final class SolverCommandLine {

    private SolverCommandLine() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return SolveCommand.run(args, out, err);
    }
}
