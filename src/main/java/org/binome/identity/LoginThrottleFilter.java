package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Stops a sign-in attempt before the password is even checked when the account or the address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PATH = "/login/throttled";

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
        if (throttle.blocked(request.getParameter("username"), request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "900");
            request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
