package org.binome.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** One line of an HR file, read through the column mapping and checked on its own (the file-wide checks come later). */
final class ImportRow {

    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\"<>,;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+$");
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT_FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[,;/|\\s]+");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
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

    final long line;
    final String employeeNumber;
    final String firstName;
    final String lastName;
    final String email;
    final String department;
    final String site;
    final String jobTitle;
    final String managerNumber;
    final LocalDate hireDate;
    final Integer careerStartYear;
    final String languages;
    final Integer birthYear;
    final LocalDate leavingDate;
    final List<ImportProblem> problems;

    private ImportRow(long line, Map<ImportField, String> text, Map<ImportField, String> headers, LocalDate today) {
        this.line = line;
        this.problems = new ArrayList<>();
        for (var entry : text.entrySet()) {
            var field = entry.getKey();
            var value = entry.getValue();
            if (field.required && value.isEmpty()) {
                problems.add(problem(
                        headers, field, value, field == ImportField.EMPLOYEE_NUMBER ? "missingId" : "missingValue"));
            } else if (value.length() > field.maxLength && field.maxLength > 10) {
                problems.add(
                        new ImportProblem(line, headers.get(field), value, "tooLong", String.valueOf(field.maxLength)));
            }
        }
        employeeNumber = text(text, ImportField.EMPLOYEE_NUMBER);
        firstName = text(text, ImportField.FIRST_NAME);
        lastName = text(text, ImportField.LAST_NAME);
        email = text(text, ImportField.EMAIL);
        department = text(text, ImportField.DEPARTMENT);
        site = text(text, ImportField.SITE);
        jobTitle = text(text, ImportField.JOB_TITLE);
        managerNumber = text(text, ImportField.MANAGER);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(problem(headers, ImportField.EMAIL, email, "invalidEmail"));
        }
        hireDate = date(text, headers, ImportField.HIRE_DATE);
        if (hireDate != null && hireDate.isAfter(today)) {
            problems.add(problem(headers, ImportField.HIRE_DATE, text.get(ImportField.HIRE_DATE), "futureHireDate"));
        }
        leavingDate = date(text, headers, ImportField.LEAVING_DATE);
        careerStartYear = year(text, headers, ImportField.CAREER_START_YEAR, today);
        birthYear = year(text, headers, ImportField.BIRTH_YEAR, today);
        languages = languages(text, headers);
    }

    static ImportRow read(
            CSVRecord record, Map<ImportField, Integer> columns, Map<ImportField, String> headers, LocalDate today) {
        var text = new EnumMap<ImportField, String>(ImportField.class);
        columns.forEach((field, index) ->
                text.put(field, index < record.size() ? record.get(index).strip() : ""));
        return new ImportRow(CsvFile.Rows.lineOf(record), text, headers, today);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** People who have left: a leaving date today or before. */
    PersonStatus status(LocalDate today) {
        return leavingDate != null && !leavingDate.isAfter(today) ? PersonStatus.LEFT : PersonStatus.ACTIVE;
    }

    Object valueOf(ImportField field) {
        return switch (field) {
            case EMPLOYEE_NUMBER -> employeeNumber;
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case EMAIL -> email;
            case DEPARTMENT -> department;
            case SITE -> site;
            case JOB_TITLE -> jobTitle;
            case MANAGER -> managerNumber;
            case HIRE_DATE -> hireDate;
            case CAREER_START_YEAR -> careerStartYear;
            case LANGUAGES -> languages;
            case BIRTH_YEAR -> birthYear;
            case LEAVING_DATE -> leavingDate;
        };
    }

    private ImportProblem problem(Map<ImportField, String> headers, ImportField field, String value, String reason) {
        return new ImportProblem(line, headers.get(field), value, reason, null);
    }

    private static String text(Map<ImportField, String> text, ImportField field) {
        var value = text.get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    private LocalDate date(Map<ImportField, String> text, Map<ImportField, String> headers, ImportField field) {
        var value = text(text, field);
        if (value == null) {
            return null;
        }
        try {
            if (value.contains("/")) {
                return LocalDate.parse(value, value.length() == 10 ? FRENCH_DATE : SHORT_FRENCH_DATE);
            }
            // ISO, possibly with a time as some exports add ("2021-03-15T00:00:00")
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeException e) {
            problems.add(problem(headers, field, value, "invalidDate"));
            return null;
        }
    }

    private Integer year(
            Map<ImportField, String> text, Map<ImportField, String> headers, ImportField field, LocalDate today) {
        var value = text(text, field);
        if (value == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= 1900 && year <= today.getYear()) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem(headers, field, value, "invalidYear"));
        return null;
    }

    /** "fr, en", "Français;Anglais" or "FR/EN" → "fr,en"; nothing given → French. */
    private String languages(Map<ImportField, String> text, Map<ImportField, String> headers) {
        var value = text(text, ImportField.LANGUAGES);
        if (value == null) {
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
                problems.add(problem(headers, ImportField.LANGUAGES, value, "invalidLanguages"));
                return null;
            }
            codes.add(code);
        }
        var joined = String.join(",", codes);
        return joined.isEmpty() ? "fr" : joined;
    }

    @Override
    public String toString() {
        return "ImportRow[line " + line + ", " + employeeNumber + "]";
    }
}
