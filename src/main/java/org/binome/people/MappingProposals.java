package org.binome.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The mapping proposed for a new file: the saved mapping chosen at upload, else a saved mapping whose columns the file
 * has, else the last columns chosen, else the headers recognised; then what the values say (name order, date formats,
 * how managers are named) and the remembered value tables.
 */
@Component
class MappingProposals {

    /** Distinct departments or sites offered in a value table. */
    static final int VALUE_TABLE_SIZE = 60;

    private final SavedMappings saved;

    private final Clock clock;

    MappingProposals(SavedMappings saved, Clock clock) {
        this.clock = clock;
        this.saved = saved;
    }

    record Proposal(ImportSettings settings, String savedMapping) {}

    Proposal propose(ImportSamples samples, String savedName) {
        var headers = samples.headers();
        if (savedName != null && !savedName.isBlank()) {
            var chosen = saved.find(savedName.strip())
                    .orElseThrow(() -> RuleViolation.notFound("import.error.noSuchMapping", savedName.strip()));
            return new Proposal(chosen.settings(), chosen.name());
        }
        var fitting = saved.fitting(headers);
        if (fitting.isPresent()) {
            return new Proposal(fitting.get().settings(), fitting.get().name());
        }
        return new Proposal(recognise(samples), null);
    }

    /** The settings these headers and values suggest, without a saved mapping. */
    ImportSettings recognise(ImportSamples samples) {
        var headers = samples.headers();
        var remembered = saved.lastColumns();
        var columns = new EnumMap<ImportField, String>(ImportField.class);
        var used = new HashSet<String>();
        for (var field : ImportField.values()) {
            var header = remembered.get(field);
            if (header != null && headers.contains(header) && used.add(header)) {
                columns.put(field, header);
            }
        }
        String fullName = null;
        for (var header : headers) {
            if (used.contains(header)) {
                continue;
            }
            var field = HeaderNames.fieldOf(header);
            if (HeaderNames.FULL_NAME.equals(field)) {
                fullName = fullName == null ? header : fullName;
            } else if (field != null) {
                var known = ImportField.valueOf(field);
                if (!columns.containsKey(known)) {
                    columns.put(known, header);
                    used.add(header);
                }
            }
        }
        if (columns.containsKey(ImportField.FIRST_NAME) && columns.containsKey(ImportField.LAST_NAME)) {
            fullName = null;
        }
        var settings = new ImportSettings(
                columns,
                fullName,
                fullName == null ? null : NameSplitter.detect(samples.column(fullName)),
                dates(samples, columns, LocalDate.now(clock)),
                managerKey(samples, columns),
                null,
                null,
                null);
        return settings.withValues(saved.valueTables(valuesInFile(samples, settings)));
    }

    /**
     * Each dated field's format as its values show it; a column that reads both ways (no day above 12 in it) takes
     * the order of the file's other date columns when one of them is clear.
     */
    static Map<ImportField, DateFormat> dates(
            ImportSamples samples, Map<ImportField, String> columns, LocalDate today) {
        var dates = new EnumMap<ImportField, DateFormat>(ImportField.class);
        var ambiguous = new java.util.ArrayList<ImportField>();
        Boolean monthFirst = null;
        for (var field : ImportField.values()) {
            if (field.dated() && columns.containsKey(field)) {
                var detection = detection(samples, columns.get(field), field, today);
                dates.put(field, detection.format());
                if (detection.ambiguous()) {
                    ambiguous.add(field);
                } else if (detection.format() == DateFormat.MONTH_DAY_YEAR
                        || detection.format() == DateFormat.MONTH_DAY_SHORT_YEAR) {
                    monthFirst = true;
                } else if (detection.format() == DateFormat.DAY_MONTH_YEAR
                        || detection.format() == DateFormat.DAY_MONTH_SHORT_YEAR) {
                    monthFirst = monthFirst == null ? false : monthFirst;
                }
            }
        }
        if (Boolean.TRUE.equals(monthFirst)) {
            for (var field : ambiguous) {
                dates.put(
                        field,
                        dates.get(field) == DateFormat.DAY_MONTH_SHORT_YEAR
                                ? DateFormat.MONTH_DAY_SHORT_YEAR
                                : DateFormat.MONTH_DAY_YEAR);
            }
        }
        return dates;
    }

    static DateFormat.Detection detection(ImportSamples samples, String header, ImportField field, LocalDate today) {
        boolean yearField = field == ImportField.BIRTH_YEAR || field == ImportField.CAREER_START_YEAR;
        return DateFormat.detect(samples.column(header), yearField, today);
    }

    /** E-mails when most managers are written with an "@", names when they have spaces or commas and no digit. */
    static ImportSettings.ManagerKey managerKey(ImportSamples samples, Map<ImportField, String> columns) {
        var values = samples.column(columns.get(ImportField.MANAGER)).stream()
                .filter(v -> !v.isBlank())
                .toList();
        if (values.isEmpty()) {
            return ImportSettings.ManagerKey.NUMBER;
        }
        long emails = values.stream().filter(v -> v.contains("@")).count();
        long names = values.stream()
                .filter(v -> !v.contains("@") && (v.contains(" ") || v.contains(",")))
                .filter(v -> v.chars().noneMatch(Character::isDigit))
                .count();
        if (emails * 2 > values.size()) {
            return ImportSettings.ManagerKey.EMAIL;
        }
        return names * 2 > values.size() ? ImportSettings.ManagerKey.NAME : ImportSettings.ManagerKey.NUMBER;
    }

    /** The departments and sites the first rows name, offered in the value tables. */
    static Map<ImportField, List<String>> valuesInFile(ImportSamples samples, ImportSettings settings) {
        var values = new EnumMap<ImportField, List<String>>(ImportField.class);
        for (var field : List.of(ImportField.DEPARTMENT, ImportField.SITE)) {
            var header = settings.columns().get(field);
            if (header != null) {
                values.put(field, samples.distinct(header, VALUE_TABLE_SIZE));
            }
        }
        return values;
    }
}
