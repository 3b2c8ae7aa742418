package org.binome.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator reviewing a programme's applications selects every application shown with the header box, and
 * clears the selection the same way; withdrawn applications, which cannot be decided, stay unticked. Nothing is
 * submitted: the demo's applications are left as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ApplicationReviewBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void theHeaderBoxSelectsEveryApplicationThatCanBeDecided() {
        var page = browser.signedIn("admin");
        try {
            page.navigate(browser.url("/admin/programmes"));
            var applications =
                    page.locator("main a[href$='/applications']").first().getAttribute("href");
            page.navigate(browser.url(applications));
            var enabled = page.locator("input[name='selected']:not(:disabled)");
            assertThat(enabled.count()).as("applications that can be decided").isGreaterThan(1);

            page.getByLabel("Sélectionner toutes les candidatures affichées").check();
            assertThat(checked(page, ":not(:disabled)")).isEqualTo(enabled.count());
            assertThat(checked(page, ":disabled")).isZero();

            page.getByLabel("Sélectionner toutes les candidatures affichées").uncheck();
            assertThat(checked(page, "")).isZero();
            browser.assertAccessible(page);
        } finally {
            page.context().close();
        }
    }

    private static int checked(Page page, String state) {
        return page.locator("input[name='selected']" + state + ":checked").count();
    }
}
