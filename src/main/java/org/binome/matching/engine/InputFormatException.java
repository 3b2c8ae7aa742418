package org.binome.matching.engine;

/** A problem file that cannot be read; the message names the offending line so users can fix the file. */
public final class InputFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** 1-based line number, as editors show it. */
    private final long line;

    public InputFormatException(long line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
