package org.binome.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way to write a CSV file meant to be opened in a spreadsheet: UTF-8 with a byte-order mark and {@code ;}
 * between cells (what Excel expects in French), and every text cell inert. A spreadsheet runs a cell that starts
 * like a formula ({@code =HYPERLINK(...)}, {@code +cmd|...}, {@code @SUM(...)}), so such text gets a leading
 * apostrophe, which the spreadsheet shows as plain text (OWASP "CSV injection"). Numbers stay numbers.
 */
public final class SpreadsheetCsv implements Closeable {

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on this stream (typically a response's output stream); closing the writer closes the stream. */
    public static SpreadsheetCsv on(OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            return new SpreadsheetCsv(new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line: text cells made inert, numbers and empty cells as they are. */
    public SpreadsheetCsv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public SpreadsheetCsv row(Iterable<?> cells) {
        try {
            for (var cell : cells) {
                printer.print(cell instanceof CharSequence text ? inert(text.toString()) : cell);
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell as a spreadsheet will show it, never run it: a leading apostrophe when it starts, after any spaces,
     * with {@code = + - @}, their full-width forms ({@code ＝ ＋ － ＠}, which some spreadsheets normalise), a tab, a
     * carriage return or a line feed.
     */
    public static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        int i = 0;
        while (i < cell.length() - 1 && cell.charAt(i) == ' ') {
            i++;
        }
        return switch (cell.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + cell;
            default -> cell;
        };
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
