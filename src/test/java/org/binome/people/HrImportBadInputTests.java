package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.shared.RuleViolation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What real exports get wrong, and what the import says about it: each problem on its line or for the file, translated,
 * and nothing applied unless the administrator chooses to apply the valid rows only.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class HrImportBadInputTests {

    @Autowired
    HrImport hrImport;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportFiles files;

    @Autowired
    ImportMessages messages;

    @Autowired
    org.springframework.context.MessageSource messageSource;

    @Autowired
    Directory directory;

    @Autowired
    MockMvc mvc;

    private final String p = "B" + UUID.randomUUID().toString().substring(0, 6) + "-";

    private ImportJob importWith(String csv, ImportSettings choices, boolean validOnly) {
        var job = hrImport.upload("bad.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x", null);
        var settings = choices == null ? job.settings() : choices;
        hrImport.map(job.id(), settings, null);
        var checked = await(job.id());
        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        hrImport.start(job.id(), validOnly, false);
        return await(job.id());
    }

    private String reasonOn(ImportJob job, long line, Locale locale) {
        return jobs.problems(job.id(), 100).stream()
                .filter(problem -> problem.line() == line)
                .map(problem -> messages.reason(problem, locale))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void namesThatDoNotSplitAndManagersByNameThatAreUnknownOrAmbiguousAreReportedOnTheirLines() {
        var csv = """
                Employee ID,Employee Name,Department,Manager
                %1$s1,"Oyelaran, Jean",Sales,
                %1$s2,"Oyelaran, Jean",Support,
                %1$s3,"Quispe, Zoé",Sales,
                %1$s4,Madonna,Sales,
                %1$s5,"Roux, Léa",Sales,Nobody Here
                %1$s6,"Petit, Hugo",Sales,zoe  QUISPE
                %1$s7,"Blanc, Éric",Sales,Jean Oyelaran
                """.formatted(p);
        var job = hrImport.upload("bad.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x", null);
        assertThat(job.settings().managerBy()).isEqualTo(ImportSettings.ManagerKey.NAME);
        var s = job.settings();
        var choices = new ImportSettings(
                s.columns(),
                s.fullName(),
                s.nameOrder(),
                s.dates(),
                s.managerBy(),
                Map.of(ImportField.SITE, "Siège"),
                Map.of(),
                null);

        var rejected = importWith(csv, choices, false);

        assertThat(rejected.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(directory.find(p + "1")).isEmpty();
        assertThat(jobs.problems(rejected.id(), 100))
                .extracting(ImportProblem::line, ImportProblem::reason)
                .containsExactlyInAnyOrder(
                        tuple(5L, "nameNoComma"), tuple(6L, "unknownManagerName"), tuple(8L, "ambiguousManager"));
        assertThat(reasonOn(rejected, 8, Locale.FRENCH))
                .isEqualTo(new org.binome.support.Copy(messageSource)
                        .frText("import.reason.ambiguousManager", p + "1, " + p + "2"));
        assertThat(reasonOn(rejected, 8, Locale.ENGLISH)).contains("ambiguous manager");
        assertThat(reasonOn(rejected, 5, Locale.ENGLISH)).contains("\"Last, First\"");
        assertThat(reasonOn(rejected, 6, Locale.FRENCH)).contains("Nobody Here");

        var validOnly = importWith(csv, choices, true);
        assertThat(validOnly.status()).isEqualTo(ImportStatus.DONE);
        assertThat(validOnly.created()).isEqualTo(4);
        // case, accents and spacing folded: "zoe  QUISPE" is Zoé Quispe
        assertThat(directory.find(p + "6").orElseThrow().managerNumber()).isEqualTo(p + "3");
        assertThat(directory.find(p + "7")).isEmpty();
    }

    @Test
    void builtEmailsThatCollideInTheFileOrWithTheDirectoryAreReported() {
        var pattern = "{first}.{last}@example.com";
        var taken = RowReader.emailFrom(pattern, "Inès", "Benoît " + p);
        var first = """
                matricule;prénom;nom;e-mail;direction;site
                %1$s0;Agnès;Autre;%2$s;Ventes;Lyon
                """.formatted(p, taken);
        importWith(first, null, false);
        var csv = """
                matricule;prénom;nom;direction;site
                %1$s1;Jean;Martin-%1$s;Ventes;Lyon
                %1$s2;Jean;Martin-%1$s;Achats;Lyon
                %1$s3;Inès;Benoît %1$s;Ventes;Lyon
                %1$s4;Zoé;D'Arc %1$s;Ventes;Lyon
                """.formatted(p);
        var job = hrImport.upload("e.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x", null);
        var s = job.settings();
        var choices =
                new ImportSettings(s.columns(), null, null, s.dates(), s.managerBy(), Map.of(), Map.of(), pattern);

        var rejected = importWith(csv, choices, false);

        assertThat(jobs.problems(rejected.id(), 100))
                .extracting(ImportProblem::line, ImportProblem::reason)
                .containsExactlyInAnyOrder(
                        tuple(2L, "emailCollision"), tuple(3L, "emailCollision"), tuple(4L, "emailTaken"));
        assertThat(reasonOn(rejected, 4, Locale.FRENCH)).contains(p + "0");
        var done = importWith(csv, choices, true);
        assertThat(done.created()).isEqualTo(1);
        assertThat(directory.find(p + "4").orElseThrow().email())
                .isEqualTo("zoe.d-arc-" + p.toLowerCase(Locale.ROOT).replace("-", "") + "@example.com");
    }

    @Test
    void ambiguousDatesAreFlaggedOnTheMappingScreenAndTwoDigitYearsStayInThePast() throws Exception {
        var csv = """
                Worker ID,First Name,Last Name,Location,Department,Hire_Dt,DOB
                %1$s1,Ana,Lopez,Lyon,Ventes,03/04/21,05/06/30
                %1$s2,Eli,Moreau,Lyon,Ventes,11/12/19,01/02/99
                """.formatted(p);
        var job = hrImport.upload("d.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x", null);
        assertThat(job.settings().dates()).containsEntry(ImportField.HIRE_DATE, DateFormat.DAY_MONTH_SHORT_YEAR);

        var page = mvc.perform(get("/admin/people/import/" + job.id())
                        .cookie(new jakarta.servlet.http.Cookie("binome-lang", "en"))
                        .with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ambiguous: no day is above 12");

        var done = importWith(csv, null, false);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        var ana = directory.find(p + "1").orElseThrow();
        assertThat(ana.hireDate()).isEqualTo(java.time.LocalDate.of(2021, 4, 3));
        assertThat(ana.birthYear()).isEqualTo(1930);
        assertThat(directory.find(p + "2").orElseThrow().birthYear()).isEqualTo(1999);
    }

    @Test
    void aWorkbookWithATwoLineHeaderAndMergedCellsIsReadAndSaysHow() throws Exception {
        byte[] bytes;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Export");
            var groups = sheet.createRow(0);
            groups.createCell(0).setCellValue("Identité");
            groups.createCell(3).setCellValue("Affectation");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("Matricule");
            header.createCell(1).setCellValue("Prénom");
            header.createCell(2).setCellValue("Nom");
            // D2 merged with D1 in the export: empty on the header line, named by the line above
            header.createCell(4).setCellValue("Site");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 5, 5));
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue(p + "1");
            row.createCell(1).setCellValue("Ana");
            row.createCell(2).setCellValue("Lopez");
            row.createCell(3).setCellValue("Ventes");
            row.createCell(4).setCellValue("Lyon");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        var job = hrImport.upload("groupes.xlsx", new ByteArrayInputStream(bytes), "x", null);

        assertThat(job.headerRow()).isEqualTo(2);
        assertThat(job.headers()).containsExactly("Matricule", "Prénom", "Nom", "Affectation", "Site");
        assertThat(messages.notices(job, Locale.FRENCH))
                .containsExactly(
                        "Les en-têtes ont été trouvés en ligne 2 : les lignes au-dessus sont ignorées.",
                        "En-têtes sur deux lignes ou cellules fusionnées : les colonnes D prennent l’en-tête de la ligne"
                                + " du dessus.");
        var columns = new java.util.EnumMap<>(job.settings().columns());
        assertThatThrownBy(() -> hrImport.map(job.id(), job.settings(), null))
                .hasMessageContaining("import.error.missingColumns");
        columns.put(ImportField.DEPARTMENT, "Affectation");
        hrImport.map(job.id(), job.settings().withColumns(columns), null);
        assertThat(await(job.id()).validRows()).isEqualTo(1);
    }

    @Test
    void protectedCorruptAndOldExcelFilesAreRefusedWithATranslatedReason() throws Exception {
        byte[] protectedBytes;
        try (var workbook = new XSSFWorkbook();
                var fs = new POIFSFileSystem();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("S").createRow(0).createCell(0).setCellValue("Matricule");
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (var data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            }
            fs.writeFilesystem(out);
            protectedBytes = out.toByteArray();
        }
        var corrupt = new byte[3000];
        new java.util.Random(7).nextBytes(corrupt);
        corrupt[0] = 'P';
        corrupt[1] = 'K';
        corrupt[2] = 3;
        corrupt[3] = 4;
        byte[] xls;
        try (var workbook = new HSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("S").createRow(0).createCell(0).setCellValue("Matricule");
            workbook.write(out);
            xls = out.toByteArray();
        }

        assertThat(refusal(protectedBytes, Locale.FRENCH))
                .isEqualTo(new org.binome.support.Copy(messageSource).frText("import.error.xlsxProtected"));
        assertThat(refusal(protectedBytes, Locale.ENGLISH)).contains("protected by a password");
        assertThat(refusal(corrupt, Locale.ENGLISH)).contains("damaged");
        assertThat(refusal(xls, Locale.FRENCH))
                .isEqualTo(new org.binome.support.Copy(messageSource).frText("import.error.xls"));
    }

    private String refusal(byte[] bytes, Locale locale) {
        try {
            hrImport.upload("f.xlsx", new ByteArrayInputStream(bytes), "x", null);
        } catch (RuleViolation e) {
            return messages.explain(e, locale);
        }
        throw new AssertionError("accepted");
    }

    @Test
    void uploadedFilesAreOwnerOnlyAndGoneOnceCancelledOrAbandoned() throws Exception {
        var csv = "matricule;prénom;nom;direction;site\n" + p + "1;Ana;Lopez;Ventes;Lyon\n";
        var cancelled =
                hrImport.upload("c.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x", null);
        var stored = Path.of(cancelled.storedFile());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored.getParent())))
                .isEqualTo("rwx------");

        hrImport.cancel(cancelled.id());
        assertThat(stored).doesNotExist();
        assertThat(jobs.find(cancelled.id()).orElseThrow().errorKey()).isEqualTo("import.error.cancelled");

        var left = hrImport.upload("l.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x", null);
        var orphan = Files.createFile(stored.getParent().resolve("orphan-" + p + ".upload"));
        files.removeAbandoned(Instant.now().plusSeconds(5));

        assertThat(Path.of(left.storedFile())).doesNotExist();
        assertThat(orphan).doesNotExist();
        var abandoned = jobs.find(left.id()).orElseThrow();
        assertThat(abandoned.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(abandoned.errorKey()).isEqualTo("import.error.abandoned");
        assertThatThrownBy(() -> hrImport.map(left.id(), abandoned.settings(), null))
                .hasMessageEndingWith(": import.error.wrongStep");
    }

    private ImportJob await(long id) {
        return ImportJobsFinished.await(jobs, id);
    }
}
