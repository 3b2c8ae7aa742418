package org.binome.people;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.binome.shared.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An Excel workbook ({@code .xlsx}), one sheet of it, read with POI's event API: the sheet's XML is parsed as a
 * stream, so memory holds the shared strings and one row, whatever the number of rows. Date cells are read from their
 * cell type and given as ISO dates ({@code 2021-03-15}); the header is the line among the first ones that names the
 * most known fields, with the line above filling its empty (merged) cells.
 *
 * <p>The cells of a row and the dates in them are collected by {@link XlsxRows}; this record finds the sheet and its
 * header, streams the sheet through it and refuses protected, damaged and old workbooks.
 */
record XlsxFile(Path path, String sheet, int headerLine, List<String> headers, List<String> notices)
        implements ImportSource {

    private static final int HEADER_SEARCH = 15;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** True when the file is a zip container (an .xlsx); false for anything else, which is read as CSV. */
    static boolean isWorkbook(Path path) {
        var head = head(path);
        if (startsWith(head, OLE2)) {
            refuseOle2(path);
        }
        return startsWith(head, ZIP);
    }

    /** The sheet names of the workbook, in order. */
    static List<String> sheets(Path path) {
        return withReader(path, (reader, pkg) -> {
            var names = new ArrayList<String>();
            var sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (var ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        });
    }

    /**
     * Opens the sheet asked for, or else the first sheet with a header line (a workbook often starts with a notes or
     * summary sheet), and finds its header line.
     */
    static XlsxFile inspect(Path path, String wanted) {
        var names = sheets(path);
        if (names.isEmpty()) {
            throw RuleViolation.invalid("import.error.noRows");
        }
        if (wanted != null) {
            if (!names.contains(wanted)) {
                throw RuleViolation.notFound("import.error.noSuchSheet", wanted);
            }
            return inspectSheet(path, wanted);
        }
        RuleViolation first = null;
        for (var name : names) {
            try {
                return inspectSheet(path, name);
            } catch (RuleViolation e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static XlsxFile inspectSheet(Path path, String sheet) {
        var top = new ArrayList<List<String>>();
        var probe = new XlsxFile(path, sheet, 0, List.of(), List.of());
        probe.read(bytes -> {}, row -> {
            while (top.size() < row.line() - 1) {
                top.add(List.of());
            }
            top.add(row.cells());
            return top.size() < HEADER_SEARCH;
        });
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < top.size(); i++) {
            int recognised = (int) top.get(i).stream()
                    .filter(cell -> HeaderNames.fieldOf(cell) != null)
                    .count();
            if (recognised > bestScore) {
                best = i;
                bestScore = recognised;
            }
        }
        if (best < 0) {
            for (int i = 0; i < top.size() && best < 0; i++) {
                if (top.get(i).stream().filter(c -> !c.isBlank()).count() >= 2) {
                    best = i;
                }
            }
        }
        if (best < 0) {
            throw RuleViolation.invalid("import.error.noHeader");
        }
        var notices = new ArrayList<String>();
        var raw = new ArrayList<>(top.get(best));
        if (best > 0) {
            notices.add("headerLine=" + (best + 1));
            // a header written on two lines: the line above (its merged cells carried to the right) fills the gaps
            var above = top.get(best - 1);
            boolean headerAbove = above.stream().filter(c -> !c.isBlank()).count() >= 2;
            String carried = "";
            var filled = new ArrayList<String>();
            for (int c = 0; c < Math.max(raw.size(), above.size()); c++) {
                var upper = c < above.size() ? above.get(c) : "";
                carried = upper.isBlank() ? carried : upper;
                var cell = c < raw.size() ? raw.get(c) : "";
                if (headerAbove && cell.isBlank() && !carried.isBlank()) {
                    while (raw.size() <= c) {
                        raw.add("");
                    }
                    raw.set(c, carried);
                    filled.add(HeaderNames.columnLetters(c));
                }
            }
            if (!filled.isEmpty()) {
                notices.add("headerFromAbove=" + String.join(", ", filled));
            }
        }
        while (!raw.isEmpty() && raw.get(raw.size() - 1).isBlank()) {
            raw.remove(raw.size() - 1);
        }
        var empty = new ArrayList<String>();
        for (int c = 0; c < raw.size(); c++) {
            if (raw.get(c).isBlank()) {
                empty.add(HeaderNames.columnLetters(c));
            }
        }
        if (!empty.isEmpty()) {
            notices.add("emptyHeaders=" + String.join(", ", empty));
        }
        var headers = HeaderNames.cleaned(raw);
        if (headers.size() < 2) {
            throw RuleViolation.invalid("import.error.noHeader");
        }
        if (!new java.util.HashSet<>(raw).containsAll(headers)) {
            notices.add("repeatedHeaders");
        }
        return new XlsxFile(path, sheet, best + 1, headers, List.copyOf(notices));
    }

    @Override
    public int headerLine() {
        return headerLine;
    }

    /** The sheet's uncompressed size: the reading's progress is counted in its bytes. */
    @Override
    public long size() {
        try (var zip = new ZipFile(path.toFile())) {
            var entry = zip.getEntry(sheetPart());
            return entry == null || entry.getSize() <= 0 ? Files.size(path) * 8 : entry.getSize();
        } catch (IOException e) {
            return 1;
        }
    }

    private String sheetPart() {
        return withReader(path, (reader, pkg) -> {
            var sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (var ignored = sheets.next()) {
                    if (sheets.getSheetName().equals(sheet)) {
                        return sheets.getSheetPart().getPartName().getName().substring(1);
                    }
                }
            }
            return "";
        });
    }

    @Override
    public void read(LongConsumer progress, Predicate<Row> consumer) {
        withReader(path, (reader, pkg) -> {
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            var sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (var in = sheets.next()) {
                    if (!sheets.getSheetName().equals(sheet)) {
                        continue;
                    }
                    var rows = new XlsxRows(headerLine, consumer);
                    var parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(styles, strings, rows, new XlsxRows.IsoDates(), false));
                    try {
                        parser.parse(new InputSource(new Counting(in, progress)));
                    } catch (XlsxRows.Stop stop) {
                        // the consumer has read enough
                    }
                    return null;
                }
            }
            return null;
        });
    }

    private interface ReaderWork<T> {
        T apply(XSSFReader reader, OPCPackage pkg)
                throws IOException, OpenXML4JException, SAXException, ParserConfigurationException;
    }

    private static <T> T withReader(Path path, ReaderWork<T> work) {
        try (var pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            return work.apply(new XSSFReader(pkg), pkg);
        } catch (RuleViolation e) {
            throw e;
        } catch (XlsxRows.Passed e) {
            throw (RuntimeException) e.getCause();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException e) {
            throw RuleViolation.invalid("import.error.xlsxCorrupt");
        } catch (RuntimeException e) {
            // POI's own refusals of a damaged package (not a zip of the right parts, a record out of format...)
            throw RuleViolation.invalid("import.error.xlsxCorrupt");
        }
    }

    /** An OLE2 file is an old .xls workbook, or an .xlsx protected by a password (encrypted inside OLE2). */
    private static void refuseOle2(Path path) {
        try (var fs = new POIFSFileSystem(path.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw RuleViolation.invalid("import.error.xlsxProtected");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation rejected) {
                throw rejected;
            }
            throw RuleViolation.invalid("import.error.xlsxCorrupt");
        }
        throw RuleViolation.invalid("import.error.xls");
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
