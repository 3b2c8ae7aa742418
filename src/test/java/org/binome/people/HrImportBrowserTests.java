package org.binome.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.List;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The mapping screen in a real browser, in French and English: an American HRIS export made importable by choices. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HrImportBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void anAdministratorMakesAnHrisExportImportableOnTheMappingScreenAndSeesItLive() {
        var export = new HrExports(820_001, 40, LocalDate.now());
        var page = browser.signedIn("admin");
        page.navigate(browser.url("/admin/people/import"));
        page.setInputFiles("#file", new FilePayload("HRDataset.csv", "text/csv", export.csv()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer et vérifier les colonnes"))
                .click();
        page.waitForURL(address -> address.matches(".*/admin/people/import/\\d+$"));

        // proposed from the headers and values: the full name split "Last, First", managers by name, US dates
        assertThat(page.locator("#fullName")).hasValue("Employee_Name");
        assertThat(page.locator("#nameOrder")).hasValue("LAST_COMMA_FIRST");
        assertThat(page.locator("#managerBy")).hasValue("NAME");
        assertThat(page.locator("#format-HIRE_DATE")).hasValue("MONTH_DAY_SHORT_YEAR");
        assertThat(page.locator("#live .alert-warning")).containsText("Site");

        // one constant for the missing site: the live preview follows
        page.locator("#constant-SITE").fill("Siège");
        page.locator("#constant-SITE").dispatchEvent("change");
        assertThat(page.locator("#live .alert-warning")).hasCount(0);
        assertThat(page.locator("#live tbody tr").first()).containsText("Siège");
        var first = export.employees.get(0);
        assertThat(page.locator("#live tbody tr").first()).containsText(first.last());
        BrowserSession.screenshot(page, "hr-import-mapping-fr");
        browser.assertAccessible(page);

        page.context()
                .addCookies(List.of(new com.microsoft.playwright.options.Cookie("binome-lang", "en")
                        .setDomain("localhost")
                        .setPath("/")));
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Column mapping")))
                .isVisible();
        BrowserSession.screenshot(page, "hr-import-mapping-en");

        page.locator("#constant-SITE").fill("Head office");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check every line"))
                .click();
        assertThat(page.getByText("40 lines: 40 valid, 0 with a problem."))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(90_000));
        BrowserSession.screenshot(page, "hr-import-checked-en");
        page.context().close();
    }
}
