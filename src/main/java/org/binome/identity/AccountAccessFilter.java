package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with its account. Each request compares the account's access stamp with the one
 * the session's principal was made from (one indexed read): a disabled or deleted account ends the session at once;
 * a changed one (roles granted or revoked…) is reloaded into the session, so nobody keeps stale authorities.
 */
class AccountAccessFilter extends OncePerRequestFilter {

    static final String SIGNED_OUT = "/login?disabled";

    private record Access(String username, String status, int stamp) {}

    private final JdbcClient jdbc;
    private final UserAccountRepository repository;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountAccessFilter(JdbcClient jdbc, UserAccountRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = RequestPaths.of(request);
        return path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof BinomeUser user) || user.stamp() < 0) {
            chain.doFilter(request, response);
            return;
        }
        var access = jdbc.sql("select username, status, access_stamp from user_account where id = ?")
                .param(user.accountId())
                .query((rs, i) -> new Access(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .optional();
        if (access.isEmpty()
                || !access.get().username().equals(user.getUsername())
                || !AccountStatus.ACTIVE.name().equals(access.get().status())) {
            signOut(request, response);
            return;
        }
        if (access.get().stamp() != user.stamp()) {
            var updated = repository
                    .findById(user.accountId())
                    .map(AccountUserDetailsService::toSessionUser)
                    .orElseThrow();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        var target = request.getContextPath() + SIGNED_OUT;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (RequestPaths.of(request).startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }
}
