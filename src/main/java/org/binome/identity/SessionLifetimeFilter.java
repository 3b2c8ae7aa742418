package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after sign-in, however active it stays (OWASP ASVS 7.3.2): the idle timeout alone would
 * keep a session that is used every few minutes alive forever.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    /** When the person signed in, in epoch milliseconds, set by the sign-in success handler. */
    static final String SIGNED_IN_AT = "binome.signedInAt";

    private final Clock clock;
    private final Duration lifetime;

    SessionLifetimeFilter(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    static void signedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            // A session from before this rule has no sign-in time: its creation time stands in (never later).
            long since = session.getAttribute(SIGNED_IN_AT) instanceof Long at ? at : session.getCreationTime();
            if (Instant.ofEpochMilli(since).plus(lifetime).isBefore(clock.instant())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if ("GET".equals(request.getMethod())
                        && request.getHeader("HX-Request") == null
                        && !RequestPaths.of(request).startsWith("/api/")) {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
