package org.binome.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the lines of one file through the mapping screen's choices: the mapped columns, the full-name split, each
 * dated field's format, the constants, the value tables and the e-mail pattern. Each line is checked on its own here.
 */
final class RowReader {

    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\"<>,;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+$");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[,;/|\\s]+");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    private static final Pattern NOT_IN_ADDRESS = Pattern.compile("[^a-z0-9-]+");
    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("francais", "fr"),
            Map.entry("french", "fr"),
            Map.entry("anglais", "en"),
            Map.entry("english", "en"),
            Map.entry("espagnol", "es"),
            Map.entry("spanish", "es"),
            Map.entry("allemand", "de"),
            Map.entry("german", "de"),
            Map.entry("italien", "it"),
            Map.entry("italian", "it"),
            Map.entry("portugais", "pt"),
            Map.entry("portuguese", "pt"),
            Map.entry("arabe", "ar"),
            Map.entry("arabic", "ar"),
            Map.entry("neerlandais", "nl"),
            Map.entry("dutch", "nl"),
            Map.entry("chinois", "zh"),
            Map.entry("chinese", "zh"));

    private final ImportSettings settings;
    private final LocalDate today;
    private final Map<ImportField, Integer> index = new EnumMap<>(ImportField.class);
    private final int fullNameIndex;
    /** Value tables with folded keys: "IT/IS ", "it/is" and "IT/IS" translate alike. */
    private final Map<ImportField, Map<String, String>> tables = new EnumMap<>(ImportField.class);

    RowReader(ImportSettings settings, List<String> headers, LocalDate today) {
        this.settings = settings;
        this.today = today;
        settings.columns().forEach((field, header) -> {
            int i = headers.indexOf(header);
            if (i >= 0) {
                index.put(field, i);
            }
        });
        fullNameIndex = settings.fullName() == null ? -1 : headers.indexOf(settings.fullName());
        settings.values().forEach((field, table) -> {
            var folded = new HashMap<String, String>();
            table.forEach((from, to) -> {
                if (to != null && !to.isBlank()) {
                    folded.put(SearchKeys.fold(from.strip()), to.strip());
                }
            });
            tables.put(field, folded);
        });
    }

    ImportSettings settings() {
        return settings;
    }

    /** The column a field's problems point at: its own column, or the full-name column for the names. */
    String columnOf(ImportField field) {
        var header = settings.columns().get(field);
        if (header == null && (field == ImportField.FIRST_NAME || field == ImportField.LAST_NAME)) {
            return settings.fullName();
        }
        return header;
    }

    ImportRow read(ImportSource.Row row) {
        long line = row.line();
        var problems = new ArrayList<ImportProblem>();
        var text = new EnumMap<ImportField, String>(ImportField.class);
        for (var field : ImportField.values()) {
            var i = index.get(field);
            var value = i == null ? "" : row.cell(i).strip();
            if (value.isEmpty() && settings.constants().containsKey(field)) {
                value = settings.constants().get(field);
            }
            var table = tables.get(field);
            if (table != null && !value.isEmpty()) {
                value = table.getOrDefault(SearchKeys.fold(value), value);
            }
            text.put(field, value);
        }
        if (fullNameIndex >= 0) {
            var full = row.cell(fullNameIndex);
            var split = NameSplitter.split(full, settings.nameOrder());
            if (split.ok()) {
                text.merge(ImportField.FIRST_NAME, split.first(), (mine, split1) -> mine.isEmpty() ? split1 : mine);
                text.merge(ImportField.LAST_NAME, split.last(), (mine, split1) -> mine.isEmpty() ? split1 : mine);
            } else if (text.get(ImportField.FIRST_NAME).isEmpty()
                    || text.get(ImportField.LAST_NAME).isEmpty()) {
                problems.add(new ImportProblem(line, settings.fullName(), full, split.problem(), null));
                // the names are reported once, on the full-name column
                text.put(ImportField.FIRST_NAME, "?");
                text.put(ImportField.LAST_NAME, "?");
            }
        }
        boolean emailBuilt = false;
        if (text.get(ImportField.EMAIL).isEmpty() && settings.emailPattern() != null) {
            var built = emailFrom(
                    settings.emailPattern(), text.get(ImportField.FIRST_NAME), text.get(ImportField.LAST_NAME));
            if (built != null) {
                text.put(ImportField.EMAIL, built);
                emailBuilt = true;
            }
        }
        for (var entry : text.entrySet()) {
            var field = entry.getKey();
            var value = entry.getValue();
            if (field.required && value.isEmpty()) {
                problems.add(problem(
                        line, field, value, field == ImportField.EMPLOYEE_NUMBER ? "missingId" : "missingValue"));
            } else if (value.length() > field.maxLength && field.maxLength > 10) {
                problems.add(
                        new ImportProblem(line, columnOf(field), value, "tooLong", String.valueOf(field.maxLength)));
            }
        }
        var email = blankToNull(text.get(ImportField.EMAIL));
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(problem(line, ImportField.EMAIL, email, emailBuilt ? "invalidBuiltEmail" : "invalidEmail"));
        }
        var hireDate = date(line, text, ImportField.HIRE_DATE, DateFormat.Window.PAST, problems);
        if (hireDate != null && hireDate.isAfter(today)) {
            problems.add(problem(line, ImportField.HIRE_DATE, text.get(ImportField.HIRE_DATE), "futureHireDate"));
        }
        var leavingDate = date(line, text, ImportField.LEAVING_DATE, DateFormat.Window.NEAR_FUTURE, problems);
        return new ImportRow(
                line,
                blankToNull(text.get(ImportField.EMPLOYEE_NUMBER)),
                blankToNull(text.get(ImportField.FIRST_NAME)),
                blankToNull(text.get(ImportField.LAST_NAME)),
                email,
                emailBuilt,
                blankToNull(text.get(ImportField.DEPARTMENT)),
                blankToNull(text.get(ImportField.SITE)),
                blankToNull(text.get(ImportField.JOB_TITLE)),
                blankToNull(text.get(ImportField.MANAGER)),
                hireDate,
                year(line, text, ImportField.CAREER_START_YEAR, problems),
                languages(line, text, problems),
                year(line, text, ImportField.BIRTH_YEAR, problems),
                leavingDate,
                problems);
    }

    /** "{first}.{last}@example.com" with accents removed, lower case, spaces and apostrophes as hyphens. */
    static String emailFrom(String pattern, String first, String last) {
        if (first == null || last == null || first.isBlank() || last.isBlank() || first.equals("?")) {
            return null;
        }
        return pattern.replace("{first}", slug(first))
                .replace("{last}", slug(last))
                .replace("{f}", slug(first).substring(0, 1))
                .toLowerCase(Locale.ROOT);
    }

    private static String slug(String name) {
        var plain = SearchKeys.fold(name).replace('\'', '-').replace(' ', '-');
        var slug = NOT_IN_ADDRESS.matcher(plain).replaceAll("").replaceAll("-{2,}", "-");
        slug = slug.replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    private LocalDate date(
            long line,
            Map<ImportField, String> text,
            ImportField field,
            DateFormat.Window window,
            List<ImportProblem> problems) {
        var value = text.get(field);
        if (value.isEmpty()) {
            return null;
        }
        var date = parse(field, value, window);
        if (date == null) {
            problems.add(new ImportProblem(line, columnOf(field), value, "invalidDate", expected(field)));
        }
        return date;
    }

    /** With no format chosen, French and ISO dates are read as before. */
    private LocalDate parse(ImportField field, String value, DateFormat.Window window) {
        var format = settings.dates().get(field);
        if (format != null) {
            return format.parse(value, today, window);
        }
        var date = DateFormat.DAY_MONTH_YEAR.parse(value, today, window);
        return date != null ? date : DateFormat.ISO.parse(value, today, window);
    }

    private String expected(ImportField field) {
        var format = settings.dates().get(field);
        return format == null ? DateFormat.DAY_MONTH_YEAR.name() : format.name();
    }

    /** A year, or a full date in the column's format whose year is taken (a date of birth gives a birth year). */
    private Integer year(long line, Map<ImportField, String> text, ImportField field, List<ImportProblem> problems) {
        var value = text.get(field);
        if (value.isEmpty()) {
            return null;
        }
        Integer year = null;
        if (value.length() == 4 && value.chars().allMatch(Character::isDigit)) {
            year = Integer.parseInt(value);
        } else {
            var date = parse(field, value, DateFormat.Window.PAST);
            if (date == null) {
                problems.add(new ImportProblem(line, columnOf(field), value, "invalidDate", expected(field)));
                return null;
            }
            year = date.getYear();
        }
        if (year >= 1900 && year <= today.getYear()) {
            return year;
        }
        problems.add(problem(line, field, value, "invalidYear"));
        return null;
    }

    /** "fr, en", "Français;Anglais" or "FR/EN" → "fr,en"; nothing given → French. */
    private String languages(long line, Map<ImportField, String> text, List<ImportProblem> problems) {
        var value = text.get(ImportField.LANGUAGES);
        if (value.isEmpty()) {
            return "fr";
        }
        var codes = new LinkedHashSet<String>();
        for (var part : LANGUAGE_SEPARATORS.split(value)) {
            if (part.isBlank()) {
                continue;
            }
            var name = ImportField.normalise(part);
            var code = LANGUAGE_NAMES.getOrDefault(name, name);
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                problems.add(problem(line, ImportField.LANGUAGES, value, "invalidLanguages"));
                return null;
            }
            codes.add(code);
        }
        var joined = String.join(",", codes);
        return joined.isEmpty() ? "fr" : joined;
    }

    private ImportProblem problem(long line, ImportField field, String value, String reason) {
        return new ImportProblem(line, columnOf(field), value, reason, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
