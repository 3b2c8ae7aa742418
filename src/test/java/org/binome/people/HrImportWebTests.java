package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class HrImportWebTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Directory directory;

    private final String p = "W" + UUID.randomUUID().toString().substring(0, 6) + "-";

    private String csv() {
        return """
                matricule;prénom;nom;e-mail;direction;site;responsable
                %1$s1;=HYPERLINK("http://x");Dupré;agnes@example.org;Essais;Rennes;ML00001
                %1$s2;Jean;Martin;pas-un-mail;Essais;Rennes;%1$s1
                %1$s3;Zoé;Perrin;zoe@example.org;Essais;Rennes;%1$s1
                """.formatted(p);
    }

    private ImportJob awaitEndOf(long id) {
        return ImportJobsFinished.await(jobs, id);
    }

    @Test
    void anAdministratorUploadsMapsPreviewsAndImportsOnlyTheValidLines() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var upload = mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile(
                                "file", "annuaire.csv", "text/csv", csv().getBytes(StandardCharsets.UTF_8)))
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(upload.getStatus()).isEqualTo(302);
        long id = Long.parseLong(upload.getRedirectedUrl().replaceAll(".*/", ""));

        var mapping = mvc.perform(get("/admin/people/import/" + id).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mapping).contains("name=\"field.MANAGER\"").contains("<option value=\"responsable\" selected");

        var mapped = mvc.perform(post("/admin/people/import/" + id + "/mapping")
                        .param("field.EMPLOYEE_NUMBER", "matricule")
                        .param("field.FIRST_NAME", "prénom")
                        .param("field.LAST_NAME", "nom")
                        .param("field.EMAIL", "e-mail")
                        .param("field.DEPARTMENT", "direction")
                        .param("field.SITE", "site")
                        .param("field.MANAGER", "responsable")
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(mapped.getStatus()).isEqualTo(302);
        var checked = awaitEndOf(id);
        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(checked.invalidRows()).isEqualTo(1);

        var preview = mvc.perform(get("/admin/people/import/" + id).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains(copy().fr("import.reason.invalidEmail")).contains("pas-un-mail");

        var report = mvc.perform(
                        get("/admin/people/import/" + id + "/errors.csv").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("3;e-mail;pas-un-mail;adresse e-mail invalide");

        mvc.perform(post("/admin/people/import/" + id + "/start").with(admin).with(csrf()));
        assertThat(awaitEndOf(id).status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(directory.find(p + "1")).isEmpty();

        mvc.perform(post("/admin/people/import/" + id + "/start")
                .param("applyValidOnly", "true")
                .with(admin)
                .with(csrf()));
        var done = awaitEndOf(id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.created()).isEqualTo(2);
        assertThat(directory.find(p + "1").orElseThrow().firstName()).startsWith("=HYPERLINK");
        var page = mvc.perform(get("/admin/people/import/" + id).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(copy().fr("import.done"));
    }

    @Test
    void theProgressFragmentUsesAProgressElementAndSendsBackToThePageWhenOver() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var job = mvc.perform(multipart("/api/v1/people/import")
                        .file(new MockMultipartFile(
                                "file", "a.csv", "text/csv", csv().getBytes(StandardCharsets.UTF_8)))
                        .param("applyValidOnly", "true")
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(job.getStatus()).isEqualTo(200);
        long id = jobs.recent(1).get(0).id();

        var fragment = mvc.perform(get("/admin/people/import/" + id + "/progress")
                        .header("HX-Request", "true")
                        .with(admin))
                .andReturn()
                .getResponse();
        assertThat(fragment.getContentAsString()).contains("<progress").doesNotContain("style=");
        assertThat(fragment.getHeader("HX-Redirect")).isEqualTo("/admin/people/import/" + id);
    }

    @Test
    void theApiTakesACsvBodyAndAnswersWithTheReport() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var response = mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(csv().replace("pas-un-mail", "jean@example.org"))
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("\"created\":3")
                .contains("\"status\":\"DONE\"")
                .contains("\"applied\":true");

        var again = mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(csv().replace("pas-un-mail", "jean@example.org"))
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(again.getContentAsString()).contains("\"unchanged\":3").contains("\"created\":0");
    }

    @Test
    void theApiRefusesInvalidFilesWithTheLinesAndNonAdministrators() throws Exception {
        var rejected = mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(csv())
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(rejected.getStatus()).isEqualTo(422);
        assertThat(rejected.getContentAsString())
                .contains("\"status\":\"REJECTED\"")
                .contains("\"line\":3");
        assertThat(directory.find(p + "1")).isEmpty();

        var participant = mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(csv())
                        .with(user(TestUsers.withRoles(Role.PARTICIPANT)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(participant.getStatus()).isEqualTo(403);
    }

    @Test
    void badFilesGetAClearTranslatedErrorAndNothingIsImported() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var empty = mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile("file", "vide.csv", "text/csv", new byte[0]))
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains(copy().fr("import.error.empty"));

        var binary = new byte[2048];
        new java.util.Random(3).nextBytes(binary);
        var excel = mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile("file", "annuaire.xlsx", "application/octet-stream", binary))
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(excel.getStatus()).isEqualTo(422);
        assertThat(excel.getContentAsString()).contains(copy().fr("import.error.binary"));

        var missing = mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("matricule;prénom\n" + p + "1;Ana\n")
                        .cookie(new jakarta.servlet.http.Cookie("binome-lang", "en"))
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("Required fields without a column");

        // a 61 MB body: refused while it is being stored, nothing kept
        var huge = new byte[61 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        var tooLarge = mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(huge)
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("60 Mo");
    }
}
