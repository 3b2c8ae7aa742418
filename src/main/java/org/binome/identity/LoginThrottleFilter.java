package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a sign-in attempt before the password is even checked, and stops it when its account, client or address
 * must wait (HTTP 429 with {@code Retry-After}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PATH = "/login/throttled";
    static final String RETRY_AFTER = LoginThrottleFilter.class.getName() + ".retryAfter";

    /** A random token that marks a browser which signed in before; its digest (with the account) is remembered. */
    static final String DEVICE_COOKIE = "binome-device";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(RequestPaths.of(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var decision = throttle.attempt(request.getParameter("username"), request.getRemoteAddr(), deviceOf(request));
        if (!decision.allowed()) {
            response.setStatus(429);
            response.setHeader(
                    "Retry-After", String.valueOf(decision.retryAfter().toSeconds()));
            request.setAttribute(RETRY_AFTER, decision.retryAfter());
            request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The device token this browser carries, if it looks like one of ours. */
    static String deviceOf(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v != null && v.matches("[A-Za-z0-9_-]{43}"))
                .findFirst()
                .orElse(null);
    }

    /** After a successful sign-in: the browser's device token, given one if it had none (for a year). */
    static String ensureDevice(HttpServletRequest request, HttpServletResponse response) {
        var device = deviceOf(request);
        if (device == null) {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            device = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        var cookie = new Cookie(DEVICE_COOKIE, device);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return device;
    }
}
