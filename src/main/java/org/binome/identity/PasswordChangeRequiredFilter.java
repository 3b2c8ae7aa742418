package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** An account whose password was set by someone else (the first administrator) must choose its own first. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED =
            List.of("/account/password", "/logout", "/login", "/error", "/webjars/", "/css/", "/js/", "/img/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var path = RequestPaths.of(request);
        if (authentication != null
                && authentication.getPrincipal() instanceof BinomeUser user
                && user.mustChangePassword()
                && ALLOWED.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(request, response);
    }
}
