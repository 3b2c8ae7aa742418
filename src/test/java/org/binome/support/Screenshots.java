package org.binome.support;

import java.util.Arrays;

/**
 * Takes screenshots of a running Binôme for people to look at: {@code Screenshots BASE_URL USER LANG PATH...}. Files
 * land in target/screenshots/manual-*.png.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) {
        var base = args[0];
        var user = args[1];
        var lang = args[2];
        try (var browser = BrowserSession.start()) {
            var page = browser.newPage();
            page.navigate(base + "/login?lang=" + lang);
            page.locator("#username").fill(user);
            page.locator("#password").fill("binome-demo-2026");
            page.locator("form button[type=submit]").click();
            page.waitForURL(address -> !address.endsWith("/login") && !address.contains("lang="));
            for (var path : Arrays.copyOfRange(args, 3, args.length)) {
                page.navigate(base + path);
                page.waitForLoadState();
                var name = "manual-" + user + "-" + lang + path.replaceAll("[^A-Za-z0-9]+", "-");
                BrowserSession.screenshot(page, name);
                System.out.println("target/screenshots/" + name + ".png " + page.title());
            }
            page.context().close();
        }
    }
}
