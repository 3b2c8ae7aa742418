package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused request ends on the translated 403 page. A stale or forged form token is the common honest case (a form
 * left open across a sign-out), so the page says so instead of a bare "forbidden".
 */
class ExplainingAccessDeniedHandler implements AccessDeniedHandler {

    /** Request attribute read by the error page to pick its explanation. */
    public static final String REASON = "binome.error.reason";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        request.setAttribute(REASON, denied instanceof CsrfException ? "csrf" : "forbidden");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
