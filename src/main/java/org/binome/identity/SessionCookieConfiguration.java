package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. Over HTTPS it is named {@code __Host-SESSION}: browsers then accept it only when it is
 * {@code Secure}, for path {@code /} and without a domain, so neither a sibling sub-domain nor a plain-HTTP page can
 * plant or overwrite it (session fixation through a cookie). Over plain HTTP (a laptop, the tests) it stays
 * {@code SESSION}. {@code binome.session.host-prefix}: {@code auto} (default: by the request's scheme, so behind a
 * proxy set {@code server.forward-headers-strategy}), {@code always} or {@code never}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    static final String PLAIN = "SESSION";
    static final String HOST_PREFIXED = "__Host-SESSION";

    static final List<String> NAMES = List.of(PLAIN, HOST_PREFIXED);

    @Bean
    CookieSerializer sessionCookies(@Value("${binome.session.host-prefix:auto}") String hostPrefix) {
        var plain = serializer(PLAIN, false);
        var prefixed = serializer(HOST_PREFIXED, true);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue cookieValue) {
                pick(cookieValue.getRequest()).writeCookieValue(cookieValue);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return pick(request).readCookieValues(request);
            }

            private CookieSerializer pick(HttpServletRequest request) {
                return switch (hostPrefix) {
                    case "always" -> prefixed;
                    case "never" -> plain;
                    default -> request.isSecure() ? prefixed : plain;
                };
            }
        };
    }

    private static DefaultCookieSerializer serializer(String name, boolean secure) {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        if (secure) {
            serializer.setUseSecureCookie(true);
        }
        return serializer;
    }
}
