package org.binome.people;

import java.util.List;

/** What an HR import did, as the API returns it; reasons are translated into the caller's language. */
record ImportReport(
        long jobId,
        String status,
        String fileName,
        String format,
        String sheet,
        String savedMapping,
        String encoding,
        String separator,
        int totalRows,
        int validRows,
        int invalidRows,
        int created,
        int updated,
        int unchanged,
        int markedAsLeft,
        boolean applied,
        String error,
        List<String> notices,
        long problemCount,
        List<Problem> problems) {

    record Problem(long line, String column, String value, String reason) {}
}
