package org.binome.people;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/** An uploaded HR file, CSV or Excel, read row after row as a stream: only the current row is held in memory. */
sealed interface ImportSource permits CsvFile, XlsxFile {

    /** The cleaned headers: unique, an empty header cell named after its column letter. */
    List<String> headers();

    /** The header's line number in the file, as a spreadsheet numbers lines (1 unless found lower down). */
    int headerLine();

    /**
     * Reads the data rows in order until {@code row} returns false; {@code progress} hears how far through the file the
     * reading is, as a number between 0 and {@link #size()}.
     */
    void read(LongConsumer progress, Predicate<Row> row);

    long size();

    /** One data row: its line number as a spreadsheet shows it, and its cells (stripped, never null). */
    record Row(long line, List<String> cells) {
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
