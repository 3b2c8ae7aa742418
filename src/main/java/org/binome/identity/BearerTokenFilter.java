package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a call by its {@code Authorization: Bearer} token: no session is read or made, no CSRF token is
 * needed (a browser never sends this header by itself). A bad token is refused here with 401 and the reason, a token
 * over its rate limit with 429 and {@code Retry-After}; a call without a token goes on anonymous and is refused by the
 * URL rules.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiAnswers answers;

    BearerTokenFilter(ApiTokens tokens, ApiAnswers answers) {
        this.tokens = tokens;
        this.answers = answers;
    }

    static String bearer(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var secret = bearer(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        var check = tokens.check(secret);
        if (check instanceof ApiTokens.Check.Refused refused) {
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer error=\"invalid_token\", error_description=\"token " + refused.reason() + "\"");
            answers.refuse(request, response, HttpStatus.UNAUTHORIZED, "apiTokens.refused." + refused.reason());
        } else if (check instanceof ApiTokens.Check.Limited limited) {
            response.setHeader("Retry-After", String.valueOf(limited.retryAfterSeconds()));
            answers.refuse(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "apiTokens.refused.limited",
                    tokens.limit(),
                    limited.retryAfterSeconds());
        } else if (check instanceof ApiTokens.Check.Allowed allowed) {
            var authorities = allowed.scopes().stream()
                    .map(scope -> new SimpleGrantedAuthority(scope.authority()))
                    .toList();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(allowed.client(), null, authorities));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
