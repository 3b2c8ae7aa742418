package org.binome.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator opens a proposal's detail on the running programme's matching page: its eight score components,
 * read when the detail is opened, are drawn as labelled bars, in French and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class MatchingBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aProposalsDetailShowsItsScoreComponentsWhenOpened() {
        var page = browser.signedIn("admin");
        try {
            page.navigate(browser.url("/admin/programmes/1/matching?lang=fr"));
            var detail = page.locator("#proposals details").first();
            assertThat(detail.getByRole(AriaRole.PROGRESSBAR)).hasCount(0);

            detail.getByText("Voir le détail").click();
            assertThat(detail.getByRole(AriaRole.PROGRESSBAR)).hasCount(8);
            assertThat(detail.getByRole(AriaRole.PROGRESSBAR, new Locator.GetByRoleOptions().setName("Compétences")))
                    .hasAttribute("aria-valuenow", Pattern.compile("\\d{1,3}"));
            browser.assertAccessible(page);
            BrowserSession.screenshot(page, "matching-detail-fr");

            page.navigate(browser.url("/admin/programmes/1/matching?lang=en"));
            var english = page.locator("#proposals details").first();
            english.getByText("Show breakdown").click();
            assertThat(english.getByRole(AriaRole.PROGRESSBAR)).hasCount(8);
            assertThat(english.locator("dt").first()).hasText("Skills");
            BrowserSession.screenshot(page, "matching-detail-en");
        } finally {
            // The language chosen with ?lang= is remembered for the account: give the administrator their French back
            // for the journeys that follow in the same application.
            page.navigate(browser.url("/admin/programmes/1/matching?lang=fr"));
            page.context().close();
        }
    }
}
