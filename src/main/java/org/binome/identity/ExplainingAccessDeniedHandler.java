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
        request.setAttribute(REASON, reason(request, denied));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * Why: a stale form, or a participant's page opened with an account that belongs to nobody of the directory (the
     * first administrator before it is linked), which the page explains instead of a bare refusal.
     */
    private static String reason(HttpServletRequest request, AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return "csrf";
        }
        var path = RequestPaths.of(request);
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if ((path.equals("/me") || path.startsWith("/me/"))
                && authentication != null
                && authentication.getPrincipal() instanceof BinomeUser user
                && user.employeeNumber() == null) {
            request.setAttribute(UNLINKED_ACCOUNT, user.accountId());
            return "unlinked";
        }
        return "forbidden";
    }

    /** Request attribute: the id of the unlinked account, so that an administrator gets a link to its page. */
    public static final String UNLINKED_ACCOUNT = "binome.error.unlinkedAccount";
}
