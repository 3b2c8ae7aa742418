package org.binome.people;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every choice of the mapping screen: which column fills each field, one full-name column split in a given order, the
 * date format of each dated field, how the manager column names managers, a constant for a field the file lacks,
 * value tables for departments and sites, and a pattern that builds missing e-mails. Stored as JSON with the job and
 * under a name when the administrator saves it for the next export of the same source.
 */
record ImportSettings(
        Map<ImportField, String> columns,
        String fullName,
        NameSplitter.Order nameOrder,
        Map<ImportField, DateFormat> dates,
        ManagerKey managerBy,
        Map<ImportField, String> constants,
        Map<ImportField, Map<String, String>> values,
        String emailPattern) {

    /** How the manager column names each person's manager. */
    enum ManagerKey {
        NUMBER,
        EMAIL,
        NAME
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ImportSettings {
        columns = copy(columns);
        fullName = blankToNull(fullName);
        nameOrder = nameOrder == null ? NameSplitter.Order.FIRST_LAST : nameOrder;
        var keptDates = new EnumMap<ImportField, DateFormat>(ImportField.class);
        if (dates != null) {
            keptDates.putAll(dates);
        }
        dates = keptDates;
        managerBy = managerBy == null ? ManagerKey.NUMBER : managerBy;
        var kept = new EnumMap<ImportField, String>(ImportField.class);
        if (constants != null) {
            constants.forEach((field, value) -> {
                if (field.constantAllowed() && value != null && !value.isBlank()) {
                    kept.put(field, value.strip());
                }
            });
        }
        constants = kept;
        var tables = new EnumMap<ImportField, Map<String, String>>(ImportField.class);
        if (values != null) {
            values.forEach((field, table) -> {
                if (field.translatable() && table != null && !table.isEmpty()) {
                    tables.put(field, new LinkedHashMap<>(table));
                }
            });
        }
        values = tables;
        emailPattern = blankToNull(emailPattern);
    }

    static ImportSettings of(Map<ImportField, String> columns) {
        return new ImportSettings(columns, null, null, null, null, null, null, null);
    }

    ImportSettings withColumns(Map<ImportField, String> newColumns) {
        return new ImportSettings(newColumns, fullName, nameOrder, dates, managerBy, constants, values, emailPattern);
    }

    ImportSettings withValues(Map<ImportField, Map<String, String>> newValues) {
        return new ImportSettings(columns, fullName, nameOrder, dates, managerBy, constants, newValues, emailPattern);
    }

    /** The fields every line will have a value for: mapped, split from the full name, built, or constant. */
    boolean fills(ImportField field) {
        return columns.containsKey(field)
                || constants.containsKey(field)
                || fullName != null && (field == ImportField.FIRST_NAME || field == ImportField.LAST_NAME)
                || emailPattern != null && field == ImportField.EMAIL;
    }

    /** The file's headers these settings read: a saved mapping fits a file that has them all. */
    List<String> headersUsed() {
        var used = new java.util.ArrayList<>(columns.values());
        if (fullName != null) {
            used.add(fullName);
        }
        return used;
    }

    boolean fits(List<String> headers) {
        return !headersUsed().isEmpty() && new HashSet<>(headers).containsAll(headersUsed());
    }

    /** Required fields these settings leave empty. */
    List<ImportField> missing(List<String> headers) {
        return java.util.Arrays.stream(ImportField.values())
                .filter(field -> field.required && !fills(field)
                        || columns.containsKey(field) && !headers.contains(columns.get(field)))
                .toList();
    }

    /** The same column chosen for two fields (the full-name column counts as one). */
    boolean columnUsedTwice() {
        var used = headersUsed();
        return new HashSet<>(used).size() != used.size();
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static ImportSettings fromJson(String json) {
        try {
            return JSON.readValue(json, ImportSettings.class);
        } catch (JacksonException e) {
            return of(Map.of());
        }
    }

    private static Map<ImportField, String> copy(Map<ImportField, String> columns) {
        var copy = new EnumMap<ImportField, String>(ImportField.class);
        if (columns != null) {
            columns.forEach((field, header) -> {
                if (header != null && !header.isBlank()) {
                    copy.put(field, header);
                }
            });
        }
        return copy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
