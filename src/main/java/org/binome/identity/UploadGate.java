package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a file upload from someone who may not make it before its body is read. The CSRF check comes before the
 * URL rules and reads the form token from the body, and for a multipart body that means the servlet container
 * spools the whole upload (up to 60 MB) to disk first. So multipart bodies are accepted only on the upload routes,
 * and only from administrators; anyone else gets 403 (401 signed out) at once.
 */
class UploadGate extends OncePerRequestFilter {

    /** The routes that take a file: the HR import, as a page and as an API. */
    static boolean isUploadRoute(String path) {
        return path.equals("/admin/people/import") || path.startsWith("/api/v1/people/import");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (!administrator || !isUploadRoute(RequestPaths.of(request))) {
            // Say no without reading the body; the connection is closed rather than the rest swallowed.
            response.setHeader("Connection", "close");
            boolean signedIn = authentication != null
                    && authentication.isAuthenticated()
                    && authentication.getAuthorities().stream()
                            .noneMatch(a -> "ROLE_ANONYMOUS".equals(a.getAuthority()));
            // Answered here rather than with sendError: the error page dispatch goes through the CSRF check again,
            // which would read the multipart body this filter exists to leave unread.
            response.setStatus(signedIn ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write(
                            signedIn
                                    ? "403 Forbidden: uploads are for administrators.\n"
                                    : "401 Unauthorized: sign in first.\n");
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
