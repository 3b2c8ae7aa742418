package org.binome.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A directory field the HR file can fill; the headers HR systems give it are in {@link HeaderNames}. The e-mail is
 * optional: people without one are imported (reporting lines need everyone) but cannot be invited until they have one.
 */
enum ImportField {
    EMPLOYEE_NUMBER("employee_number", true, 50),
    FIRST_NAME("first_name", true, 100),
    LAST_NAME("last_name", true, 100),
    EMAIL("email", false, 254),
    DEPARTMENT("department", true, 100),
    SITE("site", true, 100),
    JOB_TITLE("job_title", false, 150),
    MANAGER("manager_number", false, 50),
    HIRE_DATE("hire_date", false, 10),
    CAREER_START_YEAR("career_start_year", false, 4),
    LANGUAGES("languages", false, 100),
    BIRTH_YEAR("birth_year", false, 4),
    LEAVING_DATE("leaving_date", false, 10);

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The person column this field fills; a constant, never text from a request. */
    final String column;

    final boolean required;
    final int maxLength;

    ImportField(String column, boolean required, int maxLength) {
        this.column = column;
        this.required = required;
        this.maxLength = maxLength;
    }

    boolean recognises(String header) {
        return HeaderNames.recognises(this, header);
    }

    /** Fields read from dates (a year field also takes a full date, such as a date of birth). */
    boolean dated() {
        return this == HIRE_DATE || this == LEAVING_DATE || this == BIRTH_YEAR || this == CAREER_START_YEAR;
    }

    /** Fields an administrator may fill with one value for every line when the file lacks them. */
    boolean constantAllowed() {
        return this == DEPARTMENT || this == SITE || this == JOB_TITLE || this == LANGUAGES;
    }

    /** Fields whose values the administrator may translate with a value table ("IT/IS" → "Informatique"). */
    boolean translatable() {
        return this == DEPARTMENT || this == SITE;
    }

    /** "Date d’entrée " → "date d'entree": case, accents, typographic apostrophes and spacing do not matter. */
    static String normalise(String header) {
        var plain = MARKS.matcher(Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT)
                .strip();
        return SPACES.matcher(plain).replaceAll(" ");
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isDated() {
        return dated();
    }

    public boolean isConstantAllowed() {
        return constantAllowed();
    }

    public String messageKey() {
        return "import.field." + name();
    }
}
