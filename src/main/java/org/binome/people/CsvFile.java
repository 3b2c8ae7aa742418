package org.binome.people;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.binome.shared.RuleViolation;

/**
 * An HR export as it arrives: UTF-8 (with or without byte order mark) or Windows-1252, cells separated by commas or
 * semicolons, quoted or not. {@link #inspect} reads the file once, byte by byte, to tell which; nothing is ever held
 * in memory beyond a buffer.
 */
record CsvFile(Path path, long size, Charset charset, boolean bom, char separator, List<String> headers)
        implements ImportSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 64 * 1024;

    static CsvFile inspect(Path path) {
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw RuleViolation.invalid("import.error.empty");
            }
            boolean utf8 = true;
            boolean bom = false;
            long controls = 0;
            long scanned = 0;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER)) {
                var head = in.readNBytes(3);
                if (head.length >= 2
                        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                    throw RuleViolation.invalid("import.error.encoding");
                }
                bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
                var validator = new Utf8Validator();
                if (!bom) {
                    for (byte b : head) {
                        utf8 &= validator.accept(b);
                        controls += isControl(b) ? 1 : 0;
                        scanned++;
                    }
                }
                var buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    for (int i = 0; i < read; i++) {
                        byte b = buffer[i];
                        if (b == 0) {
                            throw RuleViolation.invalid("import.error.binary");
                        }
                        if (utf8) {
                            utf8 = validator.accept(b);
                        }
                        if (scanned < BUFFER) {
                            controls += isControl(b) ? 1 : 0;
                            scanned++;
                        }
                    }
                }
                utf8 &= validator.complete();
                for (byte b : head) {
                    if (b == 0) {
                        throw RuleViolation.invalid("import.error.binary");
                    }
                }
            }
            // text files have tabs and line ends, hardly any other control character
            if (scanned > 0 && controls * 100 > scanned) {
                throw RuleViolation.invalid("import.error.binary");
            }
            var charset = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String headerLine;
            try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset))) {
                if (bom) {
                    reader.read();
                }
                headerLine = reader.readLine();
            }
            if (headerLine == null || headerLine.isBlank()) {
                throw RuleViolation.invalid("import.error.noHeader");
            }
            char separator = separatorOf(headerLine);
            var headers = new ArrayList<String>();
            try (var parser = format(separator).parse(new java.io.StringReader(headerLine))) {
                var record = parser.iterator().next();
                record.forEach(h -> headers.add(h.replaceAll("\\s+", " ").strip()));
            }
            if (headers.size() < 2) {
                throw RuleViolation.invalid("import.error.noHeader");
            }
            return new CsvFile(path, size, charset, bom, separator, HeaderNames.cleaned(headers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw RuleViolation.invalid("import.error.malformed", 1);
        }
    }

    @Override
    public int headerLine() {
        return 1;
    }

    /** The rows after the header, numbered as the lines of a spreadsheet (the header is line 1). */
    @Override
    public void read(LongConsumer progress, java.util.function.Predicate<Row> consumer) {
        try (InputStream in = new CountingInputStream(Files.newInputStream(path), progress);
                Reader reader = new BufferedReader(new InputStreamReader(in, charset), BUFFER)) {
            if (bom) {
                reader.read();
            }
            try (var parser = format(separator).parse(reader)) {
                var iterator = parser.iterator();
                try {
                    if (iterator.hasNext()) {
                        iterator.next();
                    }
                    while (iterator.hasNext()) {
                        CSVRecord record = iterator.next();
                        if (!consumer.test(new Row(record.getRecordNumber(), record.toList()))) {
                            return;
                        }
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw RuleViolation.invalid("import.error.malformed", parser.getRecordNumber() + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String encodingName() {
        return charset.equals(StandardCharsets.UTF_8) ? (bom ? "UTF-8 (BOM)" : "UTF-8") : "Windows-1252";
    }

    static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
    }

    /** The separator used most often outside quotes in the header line (French Excel writes semicolons). */
    static char separatorOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean isControl(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    /** A strict UTF-8 decoder state machine: no overlong forms, no surrogates, nothing above U+10FFFF. */
    static final class Utf8Validator {
        private int pending;
        private int lowerBound = 0x80;
        private int upperBound = 0xBF;

        boolean accept(byte value) {
            int b = value & 0xFF;
            if (pending == 0) {
                if (b < 0x80) {
                    return true;
                }
                lowerBound = 0x80;
                upperBound = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    lowerBound = b == 0xE0 ? 0xA0 : 0x80;
                    upperBound = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    lowerBound = b == 0xF0 ? 0x90 : 0x80;
                    upperBound = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    return false;
                }
                return true;
            }
            if (b < lowerBound || b > upperBound) {
                return false;
            }
            lowerBound = 0x80;
            upperBound = 0xBF;
            pending--;
            return true;
        }

        boolean complete() {
            return pending == 0;
        }
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final LongConsumer progress;
        private long count;

        CountingInputStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
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
