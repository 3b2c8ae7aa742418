package org.binome.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Recognises the column headers of the major HR systems' exports (Workday, SuccessFactors, BambooHR, Personio, ADP,
 * Lucca, PayFit, Factorial, Sage, Cegid), in French and English, whatever their spelling: a header becomes the set of
 * its words, without case, accents, punctuation, glue ("HireDate", "Hire_Dt"), abbreviations ("Emp", "Mgr", "DOB"),
 * small words ("of", "de") or qualifiers ("Work", "Original"), so that word order does not matter either.
 *
 * <p>Over 400 lines because most of it is data: the headers of each field, one per line as the formatter lays them out.
 */
final class HeaderNames {

    /** The full-name column, split into first and last name on the mapping screen (not a directory field). */
    static final String FULL_NAME = "FULL_NAME";

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** Small words and qualifiers that never tell two fields apart. */
    private static final Set<String> IGNORED = Set.of(
            "of",
            "the",
            "for",
            "in",
            "de",
            "du",
            "d",
            "des",
            "la",
            "le",
            "l",
            "a",
            "au",
            "en",
            "work",
            "business",
            "professionnel",
            "professional",
            "primary",
            "legal",
            "current",
            "official",
            "usuel",
            "actuel",
            "original",
            "latest",
            "most",
            "recent",
            "adresse",
            "address",
            "employee's",
            "s");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("emp", "employee"),
            Map.entry("empl", "employee"),
            Map.entry("employe", "employee"),
            Map.entry("mgr", "manager"),
            Map.entry("mngr", "manager"),
            Map.entry("dept", "department"),
            Map.entry("dpt", "department"),
            Map.entry("departement", "department"),
            Map.entry("dt", "date"),
            Map.entry("no", "number"),
            Map.entry("nr", "number"),
            Map.entry("num", "number"),
            Map.entry("nbr", "number"),
            Map.entry("nb", "number"),
            Map.entry("numero", "number"),
            Map.entry("n", "number"),
            Map.entry("loc", "location"),
            Map.entry("pos", "position"),
            Map.entry("yr", "year"),
            Map.entry("org", "organization"),
            Map.entry("organisation", "organization"),
            Map.entry("mat", "matricule"),
            Map.entry("matr", "matricule"),
            Map.entry("mle", "matricule"),
            Map.entry("resp", "responsable"),
            Map.entry("sup", "supervisor"),
            Map.entry("supv", "supervisor"),
            Map.entry("term", "termination"),
            Map.entry("termd", "terminated"),
            Map.entry("naiss", "naissance"),
            Map.entry("emb", "embauche"),
            Map.entry("pro", "professionnel"),
            Map.entry("professionnelle", "professionnel"),
            Map.entry("mail", "email"),
            Map.entry("courriel", "email"),
            Map.entry("e-mail", "email"),
            Map.entry("salarie", "employee"),
            Map.entry("collaborateur", "employee"),
            Map.entry("collaboratrice", "employee"),
            Map.entry("staff", "employee"),
            Map.entry("worker", "employee"),
            Map.entry("personnel", "employee"),
            Map.entry("identifiant", "id"),
            Map.entry("ident", "id"),
            Map.entry("code", "id"),
            Map.entry("title", "title"),
            Map.entry("intitule", "title"),
            Map.entry("libelle", "title"),
            Map.entry("languages", "language"),
            Map.entry("langues", "langue"),
            Map.entry("entree", "entree"),
            Map.entry("arrivee", "entree"),
            Map.entry("fname", "first name"),
            Map.entry("lname", "last name"),
            Map.entry("dob", "date birth"),
            Map.entry("doh", "date hire"),
            Map.entry("birthdate", "birth date"),
            Map.entry("birthday", "birth date"));

    /** The headers HR exports give each field, written naturally; compared as word sets after the same reading. */
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry(
                    ImportField.EMPLOYEE_NUMBER.name(),
                    List.of(
                            "matricule",
                            "matricule salarié",
                            "numéro de matricule",
                            "numéro salarié",
                            "id salarié",
                            "employee id",
                            "employee number",
                            "worker id",
                            "person id",
                            "person id external",
                            "personnel number",
                            "employee code",
                            "staff number",
                            "badge",
                            "id",
                            "user id")),
            Map.entry(
                    ImportField.FIRST_NAME.name(),
                    List.of("prénom", "first name", "given name", "forename", "preferred first name")),
            Map.entry(
                    ImportField.LAST_NAME.name(),
                    List.of("nom", "last name", "surname", "family name", "nom de famille", "nom de naissance")),
            Map.entry(
                    ImportField.EMAIL.name(),
                    List.of(
                            "e-mail",
                            "email",
                            "work email",
                            "email professionnel",
                            "adresse e-mail",
                            "courriel",
                            "email address")),
            Map.entry(
                    ImportField.DEPARTMENT.name(),
                    List.of(
                            "direction",
                            "service",
                            "department",
                            "department name",
                            "division",
                            "business unit",
                            "supervisory organization",
                            "organization",
                            "org unit",
                            "unité organisationnelle",
                            "pôle",
                            "équipe",
                            "team")),
            Map.entry(
                    ImportField.SITE.name(),
                    List.of(
                            "site",
                            "location",
                            "work location",
                            "lieu de travail",
                            "établissement",
                            "office",
                            "bureau",
                            "location name",
                            "site de travail",
                            "agence",
                            "work site")),
            Map.entry(
                    ImportField.JOB_TITLE.name(),
                    List.of(
                            "poste",
                            "job title",
                            "business title",
                            "intitulé du poste",
                            "intitulé de poste",
                            "fonction",
                            "position",
                            "title",
                            "job",
                            "emploi",
                            "position title",
                            "job profile",
                            "libellé emploi",
                            "libellé du poste")),
            Map.entry(
                    ImportField.MANAGER.name(),
                    List.of(
                            "manager",
                            "supervisor",
                            "reports to",
                            "N+1",
                            "responsable",
                            "manager id",
                            "manager number",
                            "manager employee id",
                            "manager name",
                            "supervisor name",
                            "supervisor id",
                            "matricule manager",
                            "matricule du manager",
                            "matricule responsable",
                            "matricule du responsable",
                            "responsable hiérarchique",
                            "supérieur hiérarchique",
                            "manager email",
                            "email du manager",
                            "line manager",
                            "direct manager",
                            "manager direct",
                            "reports to name",
                            "reports to id",
                            "nom du manager",
                            "nom du responsable")),
            Map.entry(
                    ImportField.HIRE_DATE.name(),
                    List.of(
                            "hire date",
                            "date of hire",
                            "start date",
                            "date d'entrée",
                            "date d'embauche",
                            "date entrée",
                            "entry date",
                            "joining date",
                            "employment start date",
                            "date de début",
                            "date début contrat",
                            "date d'arrivée",
                            "seniority date",
                            "date d'ancienneté")),
            Map.entry(
                    ImportField.CAREER_START_YEAR.name(),
                    List.of(
                            "début de carrière",
                            "career start year",
                            "career start",
                            "career start date",
                            "année de début de carrière",
                            "date de début de carrière")),
            Map.entry(
                    ImportField.LANGUAGES.name(),
                    List.of("langues", "languages", "langues de travail", "working languages", "langue parlée")),
            Map.entry(
                    ImportField.BIRTH_YEAR.name(),
                    List.of(
                            "année de naissance",
                            "birth year",
                            "date of birth",
                            "DOB",
                            "birth date",
                            "date de naissance")),
            Map.entry(
                    ImportField.LEAVING_DATE.name(),
                    List.of(
                            "date de départ",
                            "leaving date",
                            "date de sortie",
                            "termination date",
                            "date of termination",
                            "end date",
                            "date fin contrat",
                            "last day of work",
                            "exit date",
                            "end of employment date",
                            "departure date",
                            "date de fin")),
            Map.entry(
                    FULL_NAME,
                    List.of(
                            "full name",
                            "name",
                            "employee name",
                            "nom complet",
                            "nom prénom",
                            "prénom nom",
                            "display name",
                            "nom et prénom",
                            "prénom et nom",
                            "employee full name",
                            "legal name")));

    private static final Set<String> VOCABULARY = new HashSet<>();
    private static final Map<Set<String>, String> BY_WORDS = new HashMap<>();

    static {
        VOCABULARY.addAll(IGNORED);
        VOCABULARY.addAll(ABBREVIATIONS.keySet());
        for (var names : NAMES.values()) {
            for (var name : names) {
                for (var word : NOT_WORD.split(plain(name))) {
                    VOCABULARY.add(word);
                }
            }
        }
        NAMES.forEach((field, names) -> names.forEach(name -> BY_WORDS.putIfAbsent(words(name), field)));
    }

    private HeaderNames() {}

    /**
     * The field (an {@link ImportField} name, or {@link #FULL_NAME}) this header names in some HR export, or null.
     */
    static String fieldOf(String header) {
        var words = words(header);
        return words.isEmpty() ? null : BY_WORDS.get(words);
    }

    static boolean recognises(ImportField field, String header) {
        return field.name().equals(fieldOf(header));
    }

    /** The header as a set of canonical words: "Hire_Dt" and "Date of Hire" both give {date, hire}. */
    static Set<String> words(String header) {
        var result = new TreeSet<String>();
        if (header == null) {
            return result;
        }
        var spaced = CAMEL.matcher(header.replace("N+1", "N 1").replace("n+1", "n 1"))
                .replaceAll(" ");
        var tokens = new ArrayList<String>();
        for (var token : NOT_WORD.split(plain(spaced))) {
            if (token.isEmpty()) {
                continue;
            }
            tokens.addAll(VOCABULARY.contains(token) ? List.of(token) : glued(token));
        }
        // "e mail" written apart
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equals("e") && tokens.get(i + 1).equals("mail")) {
                tokens.set(i, "email");
                tokens.remove(i + 1);
            }
        }
        for (var token : tokens) {
            for (var word : ABBREVIATIONS.getOrDefault(token, token).split(" ")) {
                if (!IGNORED.contains(word)) {
                    result.add(word);
                }
            }
        }
        return result;
    }

    /** Lower case, no accents, typographic apostrophes made plain. */
    static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
    }

    /** "dateofhire" → date, of, hire when it splits into known words; the token itself otherwise. */
    private static List<String> glued(String token) {
        int n = token.length();
        var from = new int[n + 1];
        java.util.Arrays.fill(from, -1);
        from[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 20); start < end; start++) {
                if (from[start] >= 0 && end - start >= 2 && VOCABULARY.contains(token.substring(start, end))) {
                    from[end] = start;
                    break;
                }
            }
        }
        if (from[n] < 0) {
            return List.of(token);
        }
        var parts = new ArrayList<String>();
        for (int end = n; end > 0; end = from[end]) {
            parts.add(0, token.substring(from[end], end));
        }
        return parts;
    }

    /**
     * Headers made usable as column names: an empty cell (a merged or missing header) becomes "[C]" after its
     * column letter, a repeated one gets " (2)".
     */
    static List<String> cleaned(List<String> raw) {
        var result = new ArrayList<String>(raw.size());
        var seen = new HashSet<String>();
        for (int i = 0; i < raw.size(); i++) {
            var header =
                    raw.get(i) == null ? "" : raw.get(i).replaceAll("\\s+", " ").strip();
            if (header.isEmpty()) {
                header = "[" + columnLetters(i) + "]";
            }
            var unique = header;
            for (int k = 2; !seen.add(unique); k++) {
                unique = header + " (" + k + ")";
            }
            result.add(unique);
        }
        return result;
    }

    static String columnLetters(int index) {
        var letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
