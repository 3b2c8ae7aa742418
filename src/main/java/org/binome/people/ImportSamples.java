package org.binome.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The first rows of a file, read once to propose a mapping and to show what the choices make of them. */
record ImportSamples(List<String> headers, List<ImportSource.Row> rows) {

    /** Rows read to detect formats; enough to meet day numbers above 12 in a date column. */
    static final int DETECTION_ROWS = 500;

    static ImportSamples read(ImportSource source, int count) {
        var rows = new ArrayList<ImportSource.Row>();
        source.read(bytes -> {}, row -> {
            rows.add(row);
            return rows.size() < count;
        });
        return new ImportSamples(source.headers(), rows);
    }

    /** The values of one column, in file order (empty when the column is unknown). */
    List<String> column(String header) {
        int index = header == null ? -1 : headers.indexOf(header);
        if (index < 0) {
            return List.of();
        }
        return rows.stream().map(row -> row.cell(index)).toList();
    }

    /** The distinct values of a column as first written, stripped, up to {@code max}. */
    List<String> distinct(String header, int max) {
        var seen = new LinkedHashMap<String, String>();
        for (var value : column(header)) {
            var stripped = value.strip();
            if (!stripped.isEmpty() && seen.size() < max) {
                seen.putIfAbsent(SearchKeys.fold(stripped), stripped);
            }
        }
        return List.copyOf(seen.values());
    }
}
