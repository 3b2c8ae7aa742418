package org.binome.people;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the cells of each row of a streamed {@code .xlsx} sheet (gaps filled with empty cells, white space
 * collapsed) and hands the rows below the header over; cells formatted as dates come out as ISO dates ({@link
 * IsoDates}). {@link XlsxFile} parses the sheet through it.
 */
final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final int headerLine;
    private final Predicate<ImportSource.Row> consumer;
    private final List<String> cells = new ArrayList<>();
    private boolean blank;

    XlsxRows(int headerLine, Predicate<ImportSource.Row> consumer) {
        this.headerLine = headerLine;
        this.consumer = consumer;
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        blank = true;
    }

    @Override
    public void endRow(int rowNum) {
        int line = rowNum + 1;
        if (line <= headerLine || blank) {
            return;
        }
        boolean more;
        try {
            more = consumer.test(new ImportSource.Row(line, List.copyOf(cells)));
        } catch (RuntimeException e) {
            throw new Passed(e);
        }
        if (!more) {
            throw new Stop();
        }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        var text = collapse(value);
        blank &= text.isEmpty();
        if (cells.size() == column) {
            cells.add(text);
        } else {
            cells.set(column, text);
        }
    }

    /** Stripped, with runs of white space (line breaks in a cell included) made one space; no regex per cell. */
    static String collapse(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c > ' ' || c == ' ' && i > 0 && i < value.length() - 1 && value.charAt(i + 1) > ' ';
        }
        if (plain) {
            return value;
        }
        var out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cells formatted as dates come out as ISO dates, whatever display format the sheet gives them. */
    static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                var dateTime = DateUtil.getLocalDateTime(value, use1904);
                return DateTimeFormatter.ISO_LOCAL_DATE.format(dateTime);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** What the row consumer threw, carried through the parser unchanged. */
    static final class Passed extends RuntimeException {
        Passed(RuntimeException cause) {
            super(cause);
        }
    }
}
