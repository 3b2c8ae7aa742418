package org.binome.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives Debian's Chromium through Playwright. Browser tests are required in CI ({@code -Dbinome.browser-tests=required});
 * elsewhere they are skipped, with the reason printed, only when Chromium is missing or they are switched off.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSession start() {
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
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright
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
        return new BrowserSession(playwright, browser);
    }

    /** A fresh browser profile: its own cookies, French like a browser in France. */
    public Page newPage() {
        var context = browser.newContext(
                new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 860));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public Page newPhonePage() {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Keeps a picture of the page for people to look at (target/screenshots). */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
