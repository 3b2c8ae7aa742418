package org.binome.people;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One HR import as stored: the file, the mapping screen's choices, where it stands and what it did. */
record ImportJob(
        long id,
        ImportStatus status,
        String fileName,
        String storedFile,
        long fileSize,
        String sourceFormat,
        String sheet,
        int headerRow,
        String encoding,
        char separator,
        List<String> headers,
        ImportSettings settings,
        List<String> notices,
        String savedMapping,
        boolean applyValidOnly,
        boolean completeDirectory,
        int progress,
        int totalRows,
        int validRows,
        int invalidRows,
        int created,
        int updated,
        int unchanged,
        int markedAsLeft,
        String errorKey,
        String errorDetail,
        String startedBy,
        Instant createdAt,
        Instant updatedAt) {

    static final String CSV = "CSV";
    static final String XLSX = "XLSX";

    Map<ImportField, String> mapping() {
        return settings.columns();
    }

    public boolean workbook() {
        return XLSX.equals(sourceFormat);
    }

    public String separatorName() {
        return switch (separator) {
            case ';' -> ";";
            case '\t' -> "tab";
            default -> ",";
        };
    }

    /** The stored file, read as it was recognised at upload. */
    ImportSource source() {
        var path = Path.of(storedFile);
        if (workbook()) {
            return new XlsxFile(path, sheet, headerRow, headers, notices);
        }
        var charset = encoding.startsWith("UTF-8") ? StandardCharsets.UTF_8 : CsvFile.WINDOWS_1252;
        return new CsvFile(path, fileSize, charset, encoding.contains("BOM"), separator, headers);
    }
}
