package org.binome.matching.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams whitespace-separated integers from a byte stream, tracking line numbers.
 *
 * <p>Problem files reach hundreds of megabytes (a 5000×5000 matrix is about 100 MB of text), so they are never
 * loaded into a String and numbers are parsed straight from a byte buffer without allocating per token.
 */
final class NumberReader {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private int position;
    private long line = 1;

    NumberReader(InputStream in) {
        this.in = in;
    }

    /** Line of the last token returned, or of the end of input once it is reached. */
    long line() {
        return line;
    }

    private int read() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** Skips blanks and {@code #} comments; returns the first byte of the next token, or -1 at end of input. */
    private int skipBlanks() throws IOException {
        int b = read();
        while (true) {
            if (b == '\n') {
                line++;
            } else if (b == '#') {
                while (b != '\n' && b != -1) {
                    b = read();
                }
                continue;
            } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return b;
            }
            b = read();
        }
    }

    /** True when only blanks and comments remain. */
    boolean atEnd() throws IOException {
        int b = skipBlanks();
        if (b == -1) {
            return true;
        }
        position--;
        return false;
    }

    /**
     * Reads the next integer.
     *
     * @param what what the value means, for the error message ("cost", "row", ...)
     */
    long nextLong(String what) throws IOException, InputFormatException {
        int b = skipBlanks();
        if (b == -1) {
            throw new InputFormatException(line, "unexpected end of file, expected " + what);
        }
        boolean negative = false;
        if (b == '-' || b == '+') {
            negative = b == '-';
            b = read();
        }
        if (b < '0' || b > '9') {
            throw new InputFormatException(line, "expected " + what + " (an integer) but found " + describe(b));
        }
        long value = 0;
        while (b >= '0' && b <= '9') {
            if (value > (Long.MAX_VALUE - 9) / 10) {
                throw new InputFormatException(line, what + " is too large");
            }
            value = value * 10 + (b - '0');
            b = read();
        }
        if (b == '\n' || b == -1 || b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '#') {
            if (b != -1) {
                position--;
            }
            return negative ? -value : value;
        }
        throw new InputFormatException(line, "expected " + what + " (an integer) but found " + describe(b));
    }

    int nextInt(String what, long min, long max) throws IOException, InputFormatException {
        long value = nextLong(what);
        if (value < min || value > max) {
            throw new InputFormatException(line, what + " " + value + " is outside [" + min + ", " + max + "]");
        }
        return (int) value;
    }

    private String describe(int b) throws IOException {
        if (b == -1) {
            return "end of file";
        }
        StringBuilder token = new StringBuilder();
        while (b != -1 && b > ' ' && token.length() < 20) {
            token.append((char) (b & 0xff));
            b = read();
        }
        return "'" + token + "'";
    }
}
