package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.binome.identity.Accounts;
import org.binome.support.TestAccounts;
import org.binome.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The files a page loads, as a browser gets them from the running server: our own stylesheets, scripts and images
 * under a name that holds their content's digest, the libraries' under their version, each served with the week's
 * cache; the page's own links left as written. Also for someone who must first change their password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class StaticFilesTests {

    private static final Pattern OWN = Pattern.compile("/(css|js|img)/[a-z-]+-[0-9a-f]{32}\\.(css|js|svg)");
    private static final Pattern LIBRARY = Pattern.compile("/webjars/[a-z.]+/\\d+\\.\\d+\\.\\d+[^/]*/.+\\.(css|js)");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private WebClient web;

    @BeforeEach
    void newBrowser() {
        web = new WebClient(port);
    }

    @Test
    void theSignInPageLoadsItsVersionedFiles() throws Exception {
        var files = filesOf("/login");
        assertThat(files)
                .anyMatch(f -> f.startsWith("/css/binome-"))
                .anyMatch(f -> f.startsWith("/webjars/bootstrap/"));
        assertEveryFileIsServed(files);
    }

    @Test
    void aParticipantsPageLoadsItsVersionedFilesAndKeepsItsOwnLinksAsWritten() throws Exception {
        web.signIn("mentore", "binome-demo-2026");
        var files = filesOf("/me");
        assertThat(files)
                .anyMatch(f -> f.startsWith("/css/binome-"))
                .anyMatch(f -> f.startsWith("/js/binome-"))
                .anyMatch(f -> f.startsWith("/img/favicon-"))
                .anyMatch(f -> f.startsWith("/webjars/htmx.org/"));
        assertEveryFileIsServed(files);
        var links = Jsoup.parse(web.get("/me").body()).select("a[href]").eachAttr("href");
        assertThat(links).contains("/me", "/me/mentorships", "/programmes");
    }

    @Test
    void theSponsorsDashboardLoadsItsChartsFiles() throws Exception {
        web.signIn("sponsor", "binome-demo-2026");
        var files = filesOf("/sponsor");
        assertThat(files)
                .anyMatch(f -> f.startsWith("/css/insights-"))
                .anyMatch(f -> f.startsWith("/js/insights-"))
                .anyMatch(f -> f.startsWith("/webjars/chart.js/"));
        assertEveryFileIsServed(files);
    }

    @Test
    void someoneWhoMustChangeTheirPasswordFirstStillGetsThePagesFiles() throws Exception {
        TestAccounts.account()
                .username("static-files-first-sign-in")
                .mustChangePassword()
                .openOnceIn(accounts);
        web.signIn("static-files-first-sign-in", TestAccounts.PASSWORD);
        var page = web.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        var files = filesOf("/account/password");
        assertThat(files).anyMatch(f -> f.startsWith("/img/favicon-"));
        assertEveryFileIsServed(files);
    }

    /** The stylesheets, scripts and images the page at {@code path} loads. */
    private List<String> filesOf(String path) throws Exception {
        var response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        var page = Jsoup.parse(response.body());
        var files = new ArrayList<String>();
        files.addAll(page.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
        files.addAll(page.select("script[src], img[src]").eachAttr("src"));
        return files;
    }

    private void assertEveryFileIsServed(List<String> files) throws Exception {
        assertThat(files).isNotEmpty();
        for (var file : files) {
            assertThat(file)
                    .as("a versioned name")
                    .matches(f -> OWN.matcher(f).matches() || LIBRARY.matcher(f).matches());
            var response = web.get(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).isNotBlank();
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(file)
                    .contains("max-age=604800");
        }
    }
}
