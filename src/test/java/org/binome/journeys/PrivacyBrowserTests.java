package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A participant reads the information notice from the footer, says so, and downloads their data in one click. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PrivacyBrowserTests {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParticipantReadsTheNoticeAndDownloadsTheirData() throws Exception {
        var page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Identifiant").fill("mentor");
        page.getByLabel("Mot de passe").fill("binome-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        page.waitForURL(address -> !address.endsWith("/login"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Données personnelles"))
                .last()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Notice d’information sur vos données personnelles");
        assertThat(page.getByText("jamais utilisé pour surveiller", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "privacy-notice-fr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’ai lu la notice"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mes données personnelles");
        assertThat(page.getByText("Lecture de la notice d’information").first()).isVisible();
        assertNoSeriousViolations(page);
        BrowserSession.screenshot(page, "privacy-mine-fr");

        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fichier de données (JSON)"))
                        .click());
        var json = Files.readString(download.path());
        assertThat(download.suggestedFilename()).isEqualTo("binome-data-ML00022.json");
        assertThat(json).contains("\"employeeNumber\":\"ML00022\"", "\"my_notes\"", "Bernard apprend vite");

        var pdf = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Document à imprimer (PDF)"))
                        .click());
        assertThat(pdf.suggestedFilename()).isEqualTo("binome-data-ML00022.pdf");
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        var html = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page lisible (HTML)"))
                        .click());
        var readable = browser.newPage();
        // The download is saved under a random name without extension: load its content as the page.
        readable.setContent(Files.readString(html.path()));
        assertThat(readable.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mes notes")))
                .isVisible();
        BrowserSession.screenshot(readable, "privacy-export-fr");
        readable.context().close();
        page.context().close();
    }

    private void assertNoSeriousViolations(Page page) {
        var violations = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(v -> List.of("serious", "critical").contains(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp())
                        .toList();
        assertThat(violations).as("accessibility of %s", page.url()).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
