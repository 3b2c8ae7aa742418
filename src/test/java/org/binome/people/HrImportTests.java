package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HR import from file to directory: formats, encodings, every kind of bad line, re-imports and a complete
 * directory. A module test without demo data: each test registers the head its files report to and the person who
 * imports them.
 */
@Tag("database")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "communication")
@ActiveProfiles("test")
class HrImportTests {

    @Autowired
    HrImport hrImport;

    @Autowired
    Directory directory;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedMappings saved;

    @Autowired
    MappingProposals proposals;

    /** The one clock: today as the application counts it. */
    @Autowired
    java.time.Clock clock;

    /** Already in the directory: the head every imported team reports to, and the HR manager who imports. */
    private String head;

    private String importer;

    @BeforeEach
    void registerHeadAndImporter() {
        p = "H" + UUID.randomUUID().toString().substring(0, 6) + "-";
        head = TestPeople.person().jobTitle("Directrice générale").registerIn(directory);
        importer = TestPeople.person().department("Ressources humaines").registerIn(directory);
    }

    /**
     * A prefix per test, so that tests sharing the context never see each other's people (set before each test: a
     * module test keeps one instance of the class for all its tests).
     */
    private String p;

    private ImportJob run(String csv, boolean validOnly, boolean complete) {
        return run(csv.getBytes(StandardCharsets.UTF_8), validOnly, complete);
    }

    private ImportJob run(byte[] csv, boolean validOnly, boolean complete) {
        return hrImport.importNow("test.csv", new ByteArrayInputStream(csv), validOnly, complete, importer);
    }

    private String team() {
        return """
                matricule;prénom;nom;e-mail;direction;site;poste;matricule du manager;date d'entrée;langues
                %1$s1;Agnès;Dupré;agnes@example.org;Essais;Rennes;Directrice;%2$s;15/03/2011;fr, en
                %1$s2;"Jean; dit \"\"Jeannot\"\"\";Martin;jean@example.org;Essais;Rennes;Testeur;%1$s1;2020-01-06;Français
                %1$s3;Zoé;Perrin;zoe@example.org;Essais;Rennes;Testeuse;%1$s2;01/09/2024;
                """.formatted(p, head);
    }

    @Test
    void aFrenchExcelFileIsImportedWithQuotesDatesAndLanguages() {
        var job = run(team(), false, false);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.separator()).isEqualTo(';');
        assertThat(job.created()).isEqualTo(3);
        var jean = directory.find(p + "2").orElseThrow();
        assertThat(jean.firstName()).isEqualTo("Jean; dit \"Jeannot\"");
        assertThat(jean.hireDate()).isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(jean.languages()).containsExactly("fr");
        assertThat(directory.find(p + "1").orElseThrow().languages()).containsExactly("fr", "en");
        assertThat(directory.find(p + "1").orElseThrow().hireDate()).isEqualTo(LocalDate.of(2011, 3, 15));
        assertThat(directory.reportingLines().chainOf(p + "3")).containsExactly(p + "2", p + "1", head);
    }

    @Test
    void theSameFileTwiceChangesNothingAndAReImportUpdatesByEmployeeNumber() {
        run(team(), false, false);
        var again = run(team(), false, false);

        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);

        var changed = run(team().replace("Testeuse", "Responsable qualité"), false, false);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(directory.find(p + "3").orElseThrow().jobTitle()).isEqualTo("Responsable qualité");
    }

    @Test
    void aFileOfSeveralHundredLinesIsWrittenWholeWithSearchKeysAndCountedExactlyOnTheNextImport() {
        // more lines than one insert statement carries, and a remainder
        int lines = 257;
        var csv = new StringBuilder("matricule;prénom;nom;e-mail;direction;site;matricule du manager;date d'entrée\n");
        for (int i = 0; i < lines; i++) {
            csv.append("%s%03d;Éloïse;Œuvré-%d;e%d@example.org;Essais;Brest;%s;0%d/01/2020\n"
                    .formatted(p, i, i, i, i == 0 ? head : p + "%03d".formatted((i - 1) / 4), 1 + i % 9));
        }
        var first = run(csv.toString(), false, false);

        assertThat(first.status()).isEqualTo(ImportStatus.DONE);
        assertThat(first.created()).isEqualTo(lines);
        assertThat(jdbc.sql("select count(*) from person where employee_number like ?")
                        .param(p + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(lines);
        var last = directory.find(p + "256").orElseThrow();
        assertThat(last.lastName()).isEqualTo("Œuvré-256");
        assertThat(last.hireDate()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(jdbc.sql("select last_name_key, first_name_key from person where employee_number = ?")
                        .param(p + "256")
                        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo("oeuvre-256 eloise");
        assertThat(directory.reportingLines().chainOf(p + "256")).hasSize(5);

        var again = run(csv.toString().replace("e17@example.org", "e17@example.net"), false, false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(lines - 1);
    }

    @Test
    void anEnglishCommaSeparatedWindows1252FileIsRecognised() {
        var csv = """
                employee_id,first_name,last_name,email,department,location,job_title,manager_id,hire_date,birth_year
                %1$s1,Hélène,Lefèvre,helene@example.org,Tests,Brest,Lead,,2019-05-02,1970
                """.formatted(p);
        var job = run(csv.getBytes(Charset.forName("windows-1252")), false, false);

        assertThat(job.encoding()).isEqualTo("Windows-1252");
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        var helene = directory.find(p + "1").orElseThrow();
        assertThat(helene.fullName()).isEqualTo("Hélène Lefèvre");
        assertThat(helene.birthYear()).isEqualTo(1970);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkKeepsItsFirstHeader() {
        var bytes = ("\uFEFF" + team()).getBytes(StandardCharsets.UTF_8);
        var job = run(bytes, false, false);

        assertThat(job.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(job.mapping()).containsEntry(ImportField.EMPLOYEE_NUMBER, "matricule");
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
    }

    @Test
    void everyKindOfBadLineIsReportedAndNothingIsAppliedUnlessAsked() {
        var future = LocalDate.now(clock).plusMonths(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var csv = """
                matricule;prénom;nom;e-mail;direction;site;manager;date d'entrée
                %1$s1;Ana;Valide;ana@example.org;Essais;Rennes;%4$s;01/01/2020
                ;Sans;Matricule;sans@example.org;Essais;Rennes;;
                %1$s3;Double;Un;d1@example.org;Essais;Rennes;;
                %1$s3;Double;Deux;d2@example.org;Essais;Rennes;;
                %1$s5;Mauvais;Mail;pas-un-mail;Essais;Rennes;;
                %1$s6;Chef;Inconnu;c@example.org;Essais;Rennes;NOBODY-%1$s;
                %1$s7;Cycle;A;a@example.org;Essais;Rennes;%1$s8;
                %1$s8;Cycle;B;b@example.org;Essais;Rennes;%1$s7;
                %1$s9;Futur;Arrivant;f@example.org;Essais;Rennes;;%2$s
                %1$s10;Date;Illisible;i@example.org;Essais;Rennes;;31/02/2020
                %1$s11;%3$s;Long;l@example.org;Essais;Rennes;;
                """.formatted(p, future, "x".repeat(101), head);

        var job = run(csv, false, false);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.totalRows()).isEqualTo(11);
        assertThat(job.validRows()).isEqualTo(1);
        assertThat(directory.find(p + "1")).isEmpty();
        var problems = jobs.problems(job.id(), 100);
        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::reason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3L, "missingId"),
                        org.assertj.core.groups.Tuple.tuple(4L, "duplicateId"),
                        org.assertj.core.groups.Tuple.tuple(5L, "duplicateId"),
                        org.assertj.core.groups.Tuple.tuple(6L, "invalidEmail"),
                        org.assertj.core.groups.Tuple.tuple(7L, "unknownManager"),
                        org.assertj.core.groups.Tuple.tuple(8L, "managerCycle"),
                        org.assertj.core.groups.Tuple.tuple(9L, "managerCycle"),
                        org.assertj.core.groups.Tuple.tuple(10L, "futureHireDate"),
                        org.assertj.core.groups.Tuple.tuple(11L, "invalidDate"),
                        org.assertj.core.groups.Tuple.tuple(12L, "tooLong"));
        assertThat(problems)
                .filteredOn(pr -> pr.reason().equals("managerCycle"))
                .allSatisfy(pr -> assertThat(pr.detail()).contains(p + "7").contains(p + "8"));

        var validOnly = run(csv, true, false);
        assertThat(validOnly.status()).isEqualTo(ImportStatus.DONE);
        assertThat(validOnly.created()).isEqualTo(1);
        assertThat(directory.find(p + "1")).isPresent();
        assertThat(directory.find(p + "5")).isEmpty();
    }

    @Test
    void peopleMissingFromACompleteDirectoryAreMarkedAsLeftOnlyWhenAsked() {
        run(team(), false, false);
        var withoutZoe = team().lines().filter(l -> !l.startsWith(p + "3")).toList();
        var partial = String.join("\n", withoutZoe) + "\n";

        var notComplete = run(partial, false, false);
        assertThat(notComplete.markedAsLeft()).isZero();
        assertThat(directory.find(p + "3").orElseThrow().status()).isEqualTo(PersonStatus.ACTIVE);

        var complete = run(partial, false, true);
        assertThat(complete.markedAsLeft()).isGreaterThanOrEqualTo(1);
        var zoe = directory.find(p + "3").orElseThrow();
        assertThat(zoe.status()).isEqualTo(PersonStatus.LEFT);
        assertThat(zoe.leavingDate()).isEqualTo(LocalDate.now(clock));

        // the people marked as left by this complete file come back for the next tests of this shared context
        jdbc.sql("update person set status = 'ACTIVE', leaving_date = null where employee_number not like 'H%'")
                .update();
    }

    @Test
    void aFormulaInANameIsStoredAsText() {
        var csv = team().replace("Agnès", "=HYPERLINK(\"http://evil.example\",\"clic\")");
        var job = run(csv, false, false);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(directory.find(p + "1").orElseThrow().firstName()).startsWith("=HYPERLINK(");
        assertThat(org.binome.shared.SpreadsheetCsv.inert("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(org.binome.shared.SpreadsheetCsv.inert("+33 6")).isEqualTo("'+33 6");
        assertThat(org.binome.shared.SpreadsheetCsv.inert("Agnès")).isEqualTo("Agnès");
    }

    @Test
    void badFilesAreRefusedAsAWholeWithAClearReason() {
        assertThatThrownBy(() -> run(new byte[0], false, false))
                .isInstanceOf(org.binome.shared.RuleViolation.class)
                .hasMessageEndingWith(": import.error.empty");
        var binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        assertThatThrownBy(() -> run(binary, false, false)).hasMessageEndingWith(": import.error.binary");
        assertThatThrownBy(() -> run(team().getBytes(StandardCharsets.UTF_16), false, false))
                .hasMessageEndingWith(": import.error.encoding");
        assertThatThrownBy(() -> run("matricule;prénom\n" + p + "1;Ana\n", false, false))
                .isInstanceOf(org.binome.shared.RuleViolation.class)
                .satisfies(
                        e -> assertThat((java.util.List<Object>) ((org.binome.shared.RuleViolation) e).arguments()[0])
                                .contains(ImportField.LAST_NAME, ImportField.DEPARTMENT)
                                .doesNotContain(ImportField.EMAIL));
        assertThatThrownBy(() -> run(team().lines().findFirst().orElseThrow() + "\n", false, false))
                .hasMessageEndingWith(": import.error.noRows");
        assertThat(directory.find(p + "1")).isEmpty();
    }

    @Test
    void theLastMappingIsProposedAgainForTheSameHeaders() {
        var job = hrImport.upload(
                "odd.csv",
                new ByteArrayInputStream(
                        ("Code RH;Given;Family;Courriel;Service;Site\n" + p + "1;A;B;a@example.org;X;Y\n")
                                .getBytes(StandardCharsets.UTF_8)),
                importer,
                null);
        assertThat(job.mapping()).doesNotContainKey(ImportField.FIRST_NAME);
        var mapping = new java.util.EnumMap<>(job.mapping());
        mapping.put(ImportField.EMPLOYEE_NUMBER, "Code RH");
        mapping.put(ImportField.FIRST_NAME, "Given");
        mapping.put(ImportField.LAST_NAME, "Family");
        saved.remember(ImportSettings.of(mapping));

        assertThat(proposals.recognise(hrImport.samples(job)).columns())
                .containsEntry(ImportField.EMPLOYEE_NUMBER, "Code RH")
                .containsEntry(ImportField.FIRST_NAME, "Given")
                .containsEntry(ImportField.EMAIL, "Courriel");
        jdbc.sql("delete from import_column_mapping").update();
    }
}
