package org.binome.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** A directory field the HR file can fill, with the headers HR systems commonly give it (French and English). */
enum ImportField {
    EMPLOYEE_NUMBER("employee_number", true, 50, "matricule", "employee_id", "employee id", "employee number", "id"),
    FIRST_NAME("first_name", true, 100, "prenom", "first_name", "first name", "firstname", "given name"),
    LAST_NAME("last_name", true, 100, "nom", "last_name", "last name", "lastname", "nom de famille", "surname"),
    EMAIL("email", true, 254, "e-mail", "email", "mail", "courriel", "adresse e-mail", "adresse mail"),
    DEPARTMENT("department", true, 100, "direction", "service", "department", "departement"),
    SITE("site", true, 100, "site", "location", "etablissement", "lieu de travail"),
    JOB_TITLE("job_title", false, 150, "poste", "job_title", "job title", "fonction", "intitule du poste"),
    MANAGER(
            "manager_number",
            false,
            50,
            "manager",
            "responsable",
            "matricule du manager",
            "matricule manager",
            "matricule du responsable",
            "manager_id",
            "manager id"),
    HIRE_DATE("hire_date", false, 10, "date d'entree", "hire_date", "hire date", "date entree", "date d'embauche"),
    CAREER_START_YEAR(
            "career_start_year",
            false,
            4,
            "debut de carriere",
            "career_start_year",
            "career start year",
            "annee de debut de carriere"),
    LANGUAGES("languages", false, 100, "langues", "languages", "langues de travail"),
    BIRTH_YEAR("birth_year", false, 4, "annee de naissance", "birth_year", "birth year"),
    LEAVING_DATE("leaving_date", false, 10, "date de depart", "leaving_date", "leaving date", "date de sortie");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The person column this field fills; a constant, never text from a request. */
    final String column;

    final boolean required;
    final int maxLength;
    private final List<String> headers;

    ImportField(String column, boolean required, int maxLength, String... headers) {
        this.column = column;
        this.required = required;
        this.maxLength = maxLength;
        this.headers = List.of(headers);
    }

    boolean recognises(String header) {
        return headers.contains(normalise(header));
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

    public String messageKey() {
        return "import.field." + name();
    }
}
