package org.binome.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One HR import as stored: the file, the chosen mapping, where it stands and what it did. */
record ImportJob(
        long id,
        ImportStatus status,
        String fileName,
        String storedFile,
        long fileSize,
        String encoding,
        char separator,
        List<String> headers,
        Map<ImportField, String> mapping,
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

    public String separatorName() {
        return switch (separator) {
            case ';' -> ";";
            case '\t' -> "tab";
            default -> ",";
        };
    }

    CsvFile csv() {
        var charset = encoding.startsWith("UTF-8") ? java.nio.charset.StandardCharsets.UTF_8 : CsvFile.WINDOWS_1252;
        return new CsvFile(
                java.nio.file.Path.of(storedFile), fileSize, charset, encoding.contains("BOM"), separator, headers);
    }
}
