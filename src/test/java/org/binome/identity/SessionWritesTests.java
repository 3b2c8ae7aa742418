package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.binome.support.RequestTransactions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A signed-in click does not rewrite the session row: its last-access time is written again only once it is a
 * minute old (SessionStoreConfiguration), and the session still works and still expires on time. On H2 and, tagged
 * database, on PostgreSQL (each has its own statement).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SessionWritesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void clicksWithinAMinuteLeaveTheSessionRowAloneAndAnOlderAccessTimeIsWrittenAgain() throws Exception {
        signIn("mentore", "binome-demo-2026");
        assertThat(get("/me").statusCode()).isEqualTo(200);
        long first = lastAccess();

        for (int i = 0; i < 3; i++) {
            assertThat(get("/me").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess()).as("no write within the minute").isEqualTo(first);

        long old = first - 2 * SessionStoreConfiguration.TOUCH_INTERVAL_MS;
        jdbc.sql("update spring_session set last_access_time = ? where session_id = ?")
                .param(old)
                .param(sessionId())
                .update();
        assertThat(get("/me").statusCode()).isEqualTo(200);
        assertThat(lastAccess()).as("written again once a minute old").isGreaterThan(old);
        long expiry = jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = ?")
                .param(sessionId())
                .query(Long.class)
                .single();
        assertThat(expiry)
                .as("the idle timeout still counts from the last access written")
                .isEqualTo(30 * 60_000L);
    }

    @Test
    void aSignedInClickReadsItsSessionWithoutOpeningATransactionForIt() throws Exception {
        signIn("mentore", "binome-demo-2026");
        assertThat(get("/me").statusCode()).isEqualTo(200);
        var begun = RequestTransactions.begunDuring(transactions, () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(get("/me").statusCode()).isEqualTo(200);
            }
        });
        // The page's own reads are read-only transactions; reading the session opened one that could write.
        assertThat(begun)
                .as("transactions begun by three views of /me")
                .isNotEmpty()
                .allMatch(t -> t.startsWith("read-only "));

        // The session is still the one signed in, and one that expired is still gone.
        assertThat(get("/account").body()).contains("mentore");
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
                .param(System.currentTimeMillis() - 2 * 3600_000L)
                .param(System.currentTimeMillis() - 3600_000L)
                .param(sessionId())
                .update();
        var id = sessionId();
        assertThat(get("/me").headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the expired session deleted when read")
                .isZero();
    }

    private long lastAccess() {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(sessionId())
                .query(Long.class)
                .single();
    }

    /** The session cookie holds the session id in Base64. */
    private String sessionId() {
        var cookie = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().endsWith("SESSION"))
                .findFirst()
                .orElseThrow();
        return new String(java.util.Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username, String password) throws Exception {
        var page = get("/login").body();
        var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        var form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
