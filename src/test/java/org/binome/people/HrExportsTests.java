package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A realistic American HRIS export of 300 employees (see {@link HrExports}), as CSV and as an Excel workbook, imported
 * with choices made on the mapping screen only, then checked row by row against the people it describes.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class HrExportsTests {

    private static final long BASE = 710_001;
    private static final int PEOPLE = 300;

    @Autowired
    HrImport hrImport;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final LocalDate today = LocalDate.now();
    private final HrExports export = new HrExports(BASE, PEOPLE, today);

    @Test
    void anAmericanHrisCsvIsRecognisedAndImportsWholeWithTheMappingScreensChoices() {
        var job = hrImport.upload("HRDataset.csv", new ByteArrayInputStream(export.csv()), "ML00020", null);

        var proposed = job.settings();
        assertThat(proposed.columns())
                .containsEntry(ImportField.EMPLOYEE_NUMBER, "EmpID")
                .containsEntry(ImportField.JOB_TITLE, "Position")
                .containsEntry(ImportField.DEPARTMENT, "Department")
                .containsEntry(ImportField.MANAGER, "ManagerName")
                .containsEntry(ImportField.HIRE_DATE, "DateofHire")
                .containsEntry(ImportField.BIRTH_YEAR, "DOB")
                .containsEntry(ImportField.LEAVING_DATE, "DateofTermination")
                .doesNotContainKey(ImportField.EMAIL)
                .doesNotContainKey(ImportField.SITE);
        assertThat(proposed.fullName()).isEqualTo("Employee_Name");
        assertThat(proposed.nameOrder()).isEqualTo(NameSplitter.Order.LAST_COMMA_FIRST);
        assertThat(proposed.managerBy()).isEqualTo(ImportSettings.ManagerKey.NAME);
        assertThat(proposed.dates())
                .containsEntry(ImportField.HIRE_DATE, DateFormat.MONTH_DAY_SHORT_YEAR)
                .containsEntry(ImportField.BIRTH_YEAR, DateFormat.MONTH_DAY_SHORT_YEAR);

        var done = mapAndApply(job, "Export HRIS mensuel");

        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.totalRows()).isEqualTo(PEOPLE);
        assertThat(done.invalidRows()).isZero();
        everyRowIsInTheDirectory();

        var again = hrImport.importNow(
                "HRDataset.csv",
                new ByteArrayInputStream(export.csv()),
                false,
                false,
                "ML00020",
                "Export HRIS mensuel");
        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(PEOPLE);
    }

    @Test
    void theSameExportAsAnExcelWorkbookReadsItsDatesFromTheCellsAndFindsItsHeaderBelowATitle() {
        var job = hrImport.upload("HRDataset.xlsx", new ByteArrayInputStream(export.xlsx()), "ML00020", null);

        assertThat(job.workbook()).isTrue();
        // the first sheet holds notes only: the roster's sheet is read
        assertThat(job.sheet()).isEqualTo("Employees");
        var id = job.id();
        assertThatThrownBy(() -> hrImport.chooseSheet(id, "Read me")).hasMessageEndingWith(": import.error.noHeader");
        hrImport.chooseSheet(id, "Employees");
        job = jobs.find(id).orElseThrow();
        assertThat(job.headerRow()).isEqualTo(2);
        assertThat(job.notices()).contains("headerLine=2");
        assertThat(job.settings().dates())
                .containsEntry(ImportField.HIRE_DATE, DateFormat.ISO)
                .containsEntry(ImportField.BIRTH_YEAR, DateFormat.ISO);

        var done = mapAndApply(job, null);

        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.invalidRows()).isZero();
        everyRowIsInTheDirectory();
    }

    @Test
    void theApiImportsANightlyExportWithASavedMappingByName() throws Exception {
        var job = hrImport.upload("first.csv", new ByteArrayInputStream(export.csv()), "ML00020", null);
        mapAndApply(job, "Nightly HRIS feed");

        var answer = mvc.perform(multipart("/api/v1/people/import")
                        .file(new MockMultipartFile("file", "nightly.csv", "text/csv", export.csv()))
                        .param("mapping", "Nightly HRIS feed")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"savedMapping\":\"Nightly HRIS feed\"")
                .contains("\"unchanged\":" + PEOPLE);

        var unknown = mvc.perform(multipart("/api/v1/people/import")
                        .file(new MockMultipartFile("file", "nightly.csv", "text/csv", export.csv()))
                        .param("mapping", "No such mapping")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("No such mapping");
    }

    /** What an administrator sets on the mapping screen: a site for everyone, a better name for one department. */
    private ImportJob mapAndApply(ImportJob job, String saveAs) {
        var settings = job.settings();
        var choices = new ImportSettings(
                settings.columns(),
                settings.fullName(),
                settings.nameOrder(),
                settings.dates(),
                settings.managerBy(),
                Map.of(ImportField.SITE, "Siège"),
                Map.of(ImportField.DEPARTMENT, Map.of("IT/IS", "Informatique")),
                null);
        hrImport.map(job.id(), choices, saveAs);
        var checked = await(job.id());
        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        hrImport.start(job.id(), false, false);
        return await(job.id());
    }

    private void everyRowIsInTheDirectory() {
        for (var e : export.employees) {
            var person = directory.find(e.number()).orElseThrow(() -> new AssertionError(e.number() + " missing"));
            assertThat(person.firstName()).as(e.written()).isEqualTo(e.first());
            assertThat(person.lastName()).as(e.written()).isEqualTo(e.last());
            assertThat(person.email()).isNull();
            assertThat(person.department())
                    .isEqualTo(
                            e.department().equals("IT/IS")
                                    ? "Informatique"
                                    : e.department().strip());
            assertThat(person.site()).isEqualTo("Siège");
            assertThat(person.jobTitle()).isEqualTo(e.position());
            assertThat(person.managerNumber()).as(e.written()).isEqualTo(e.managerNumber());
            assertThat(person.hireDate()).isEqualTo(e.hired());
            assertThat(person.birthYear()).isEqualTo(e.birth().getYear());
            assertThat(person.leavingDate()).isEqualTo(e.terminated());
            assertThat(person.status())
                    .isEqualTo(
                            e.terminated() != null && !e.terminated().isAfter(today)
                                    ? PersonStatus.LEFT
                                    : PersonStatus.ACTIVE);
        }
    }

    private ImportJob await(long id) {
        return ImportJobsFinished.await(jobs, id);
    }
}
