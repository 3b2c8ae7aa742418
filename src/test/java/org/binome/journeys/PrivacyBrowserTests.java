package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A participant reads the information notice from the footer, says so, and downloads their data in one click. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PrivacyBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aParticipantReadsTheNoticeAndDownloadsTheirData() throws Exception {
        var page = browser.signedIn("mentor");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Données personnelles"))
                .last()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Notice d’information sur vos données personnelles");
        assertThat(page.getByText("jamais utilisé pour surveiller", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        browser.assertAccessible(page);
        BrowserSession.screenshot(page, "privacy-notice-fr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’ai lu la notice"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mes données personnelles");
        assertThat(page.getByText("Lecture de la notice d’information").first()).isVisible();
        browser.assertAccessible(page);
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
}
