package org.binome.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends people who are not (or no longer) signed in to the sign-in page, saying so when their session has expired.
 * An htmx request would otherwise swap the sign-in page into a fragment, so it gets an {@code HX-Redirect} instead;
 * the API gets a plain 401.
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        var expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (expired) {
            // Forget the dead session id, or every later request (the sign-in itself) would look expired too.
            var cookie = new Cookie(
                    request.isSecure() ? SessionCookieConfiguration.HOST_PREFIXED : SessionCookieConfiguration.PLAIN,
                    "");
            cookie.setMaxAge(0);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
        var target = request.getContextPath() + (expired ? "/login?expired" : "/login");
        if (RequestPaths.of(request).startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401}");
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (expired) {
            response.sendRedirect(target);
        } else {
            pages.commence(request, response, e);
        }
    }
}
