package org.binome.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one way a browser journey starts: Debian's Chromium driven by Playwright, against the application the test's
 * {@code @SpringBootTest} started, with a helper to sign in. A journey declares it as a static field:
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @ActiveProfiles({"test", "demo"})
 * class SomethingBrowserTests {
 *
 *     @RegisterExtension
 *     static final BrowserSession browser = new BrowserSession();
 *
 *     @Test
 *     void aMentorDoesSomething() {
 *         var page = browser.signedIn("mentor");          // a fresh French browser profile, signed in
 *         page.navigate(browser.url("/me/mentorships"));   // addresses on the running application
 *         browser.assertAccessible(page);                  // no serious or critical axe violation
 *         BrowserSession.screenshot(page, "something-fr"); // target/screenshots/something-fr.png
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Chromium starts once per test class and stops after it; every page opened with {@link #newPage()},
 *       {@link #newPhonePage()} or {@link #signedIn(String)} gets its own browser profile (cookies), closed after each
 *       test even when the test fails.
 *   <li>The application's address is read from the Spring context ({@code local.server.port}), so it works with
 *       {@code RANDOM_PORT} and {@code DEFINED_PORT} alike.
 *   <li>Browser tests are required in CI ({@code -Dbinome.browser-tests=required}); elsewhere they are skipped, with the
 *       reason printed, only when Chromium is missing or they are switched off ({@code -Dbinome.browser-tests=skip}).
 * </ul>
 *
 * {@link #start()} gives the same browser outside JUnit (see {@link Screenshots}).
 */
public final class BrowserSession
        implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    /** Every demo account's password. */
    public static final String DEMO_PASSWORD = "binome-demo-2026";

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Playwright playwright;
    private Browser browser;
    private String base;
    private final List<BrowserContext> opened = new ArrayList<>();

    /** For {@code @RegisterExtension}: Chromium starts before the class's first test. */
    public BrowserSession() {}

    /** A browser outside JUnit's life cycle (a {@code main()} tool); close it when done. */
    public static BrowserSession start() {
        var session = new BrowserSession();
        session.launch();
        return session;
    }

    private void launch() {
        var mode = System.getProperty("binome.browser-tests", "auto");
        if ("skip".equals(mode)) {
            System.out.println("[browser tests] skipped: -Dbinome.browser-tests=skip");
            Assumptions.abort("browser tests switched off with -Dbinome.browser-tests=skip");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            var reason = "no Chromium at " + CHROMIUM + " (apt-get install -y chromium)";
            if ("required".equals(mode)) {
                Assertions.fail("browser tests are required but there is " + reason);
            }
            System.out.println("[browser tests] skipped: " + reason);
            Assumptions.abort(reason);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update")));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        launch();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (base == null) {
            var environment = SpringExtension.getApplicationContext(context).getEnvironment();
            base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (var profile : opened) {
            try {
                profile.close();
            } catch (RuntimeException alreadyClosed) {
                // the test closed it itself
            }
        }
        opened.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The running application's address, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        if (base == null) {
            throw new IllegalStateException("no application: register BrowserSession with @RegisterExtension");
        }
        return base;
    }

    /** {@code path} on the running application; a full address is returned as it is. */
    public String url(String path) {
        return path.startsWith("http") ? path : baseUrl() + path;
    }

    /** A fresh browser profile: its own cookies, French like a browser in France, a laptop's window. */
    public Page newPage() {
        return open(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 860));
    }

    /** A fresh browser profile on a phone (390 × 844, touch). */
    public Page newPhonePage() {
        return open(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private Page open(Browser.NewContextOptions options) {
        var profile = browser.newContext(options);
        profile.setDefaultTimeout(15_000);
        opened.add(profile);
        return profile.newPage();
    }

    /** A fresh browser profile signed in as a demo account ({@link #DEMO_PASSWORD}). */
    public Page signedIn(String username) {
        var page = newPage();
        signIn(page, username, DEMO_PASSWORD);
        return page;
    }

    /**
     * Fills the sign-in form on {@code page} and waits for the answer's redirect: to the home page, or back to the
     * sign-in page with an error when the password is wrong or the account disabled.
     */
    public void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(address -> !address.endsWith("/login"));
    }

    /** Fails with the rule, its help and up to three elements for each serious or critical axe-core violation. */
    public void assertAccessible(Page page) {
        var violations = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(v -> List.of("serious", "critical").contains(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp() + " at "
                                + v.getNodes().stream()
                                        .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                        .limit(3)
                                        .toList())
                        .toList();
        assertThat(violations).as("accessibility of %s", page.url()).isEmpty();
    }

    /** Keeps a picture of the page for people to look at (target/screenshots). */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
