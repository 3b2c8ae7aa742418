package org.binome.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the single sign-on tests share: a browser without JavaScript (cookies kept, redirects shown) and a newcomer. */
final class SsoBrowser {

    private SsoBrowser() {}

    /** A browser of its own: a cookie jar, redirects not followed (each step of the sign-in is looked at). */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A page as a browser asks for it: {@code url} absolute, or a path of the application on {@code port}. */
    static HttpResponse<String> get(HttpClient browser, int port, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : "http://localhost:" + port + url))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Someone of the directory still in the company, with an e-mail and no account yet: e-mail and employee number. */
    static Map<String, Object> newcomer(JdbcClient jdbc) {
        return jdbc.sql("select email, employee_number from person where status = 'ACTIVE' and email is not null"
                        + " and employee_number not in (select employee_number from user_account"
                        + " where employee_number is not null) order by id fetch first 1 rows only")
                .query()
                .singleRow();
    }
}
