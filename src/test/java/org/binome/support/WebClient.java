package org.binome.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with a cookie jar, speaking to the application as a browser without JavaScript would. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects the way a browser does, for reading the page a flow ends on. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        var current = response;
        for (int i = 0; i < 5 && current.statusCode() / 100 == 3; i++) {
            var location = current.headers().firstValue("Location").orElseThrow();
            current = get(location.startsWith("http") ? URI.create(location).getRawPath() + query(location) : location);
        }
        return current;
    }

    private static String query(String location) {
        var q = URI.create(location).getRawQuery();
        return q == null ? "" : "?" + q;
    }

    /** Posts a form the way the page would, with the CSRF token read from {@code tokenPage}. */
    public HttpResponse<String> postForm(String tokenPage, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        var page = get(tokenPage).body();
        var matcher = CSRF.matcher(page);
        var form = new LinkedHashMap<>(fields);
        if (matcher.find()) {
            form.putIfAbsent("_csrf", matcher.group(1));
        }
        return post(path, form);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        var body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return postForm("/login", "/login", Map.of("username", username, "password", password));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public void setCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
