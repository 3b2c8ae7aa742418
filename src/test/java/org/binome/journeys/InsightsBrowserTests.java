package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sponsor opens their home page, which is the impact dashboard of the demo programmes: charts drawn, figures
 * in tables, a filter applied; then opens the one-page report and downloads it as PDF, whose text is read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class InsightsBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void theSponsorOpensTheDashboardAndDownloadsTheReport() throws Exception {
        var page = browser.signedIn("sponsor");
        page.navigate(browser.url("/sponsor?lang=fr"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Espace sponsor");
        for (var section : List.of("Participation", "Engagement des binômes", "Liens créés")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(section))))
                    .isVisible();
        }
        // Chart.js drew into the canvases (a drawn canvas gets a size and Chart.js's own attribute).
        page.waitForFunction("() => document.querySelectorAll('canvas.impact-chart').length > 0"
                + " && [...document.querySelectorAll('canvas.impact-chart')].every(c => Chart.getChart(c))");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Participation")))
                .containsText("Mentors");
        browser.assertAccessible(page);
        BrowserSession.screenshot(page, "insights-dashboard-fr");

        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption("Lyon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*site=Lyon.*"));
        assertThat(page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Lyon");
        BrowserSession.screenshot(page, "insights-dashboard-filtered-fr");

        page.navigate(browser.url("/sponsor"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport d’une page"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Rapport d’impact du mentorat inversé");
        assertThat(page.locator("article")).containsText("De la réaction aux résultats");
        browser.assertAccessible(page);
        BrowserSession.screenshot(page, "insights-report-fr");

        var download = page.waitForDownload(() -> page.getByTestId("report-pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        var bytes = Files.readAllBytes(download.path());
        var text = pdfText(bytes);
        assertThat(text).contains("Rapport d’impact du mentorat inversé", "À lire avec prudence", "pas une preuve");
        assertThat(text)
                .as("French typography: a non-breaking space before the colon")
                .contains("\u00a0:");
        picture(bytes, "insights-report-pdf-fr");

        page.navigate(browser.url("/sponsor?lang=en"));
        page.waitForFunction(
                "() => [...document.querySelectorAll('canvas.impact-chart')].every(c => Chart.getChart(c))");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How alive the pairs are")))
                .isVisible();
        BrowserSession.screenshot(page, "insights-dashboard-en");
        page.navigate(browser.url("/sponsor/report"));
        BrowserSession.screenshot(page, "insights-report-en");
        // The language chosen with ?lang= is remembered for the account: give the sponsor their French back for the
        // journeys that follow in the same application.
        page.navigate(browser.url("/sponsor/report?lang=fr"));
        page.context().close();
    }

    /** Keeps a picture of the PDF's page next to the screenshots, for people to look at. */
    private static void picture(byte[] pdf, String name) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110);
            var target = java.nio.file.Path.of("target/screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            javax.imageio.ImageIO.write(image, "png", target.toFile());
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).as("a one-page report").isEqualTo(1);
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
