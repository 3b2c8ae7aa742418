package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The second way in, for integrations: calls carrying {@code Authorization: Bearer} under {@code /api/} and every call
 * under {@code /scim/}. Stateless (no session read or made), no CSRF, no sign-in page: a token with the scope the route
 * needs, or 401/403 in the caller's format. Browsers with a session keep using {@code /api/} through the main chain.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, MessageSource messages) throws Exception {
        var answers = new ApiAnswers(messages);
        http.securityMatcher(ApiSecurityConfiguration::isTokenCall)
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(requiredScope(context.getRequest())
                                        .map(scope -> authentication.get().getAuthorities().stream()
                                                .anyMatch(a -> scope.authority().equals(a.getAuthority())))
                                        .orElse(false))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            answers.refuse(request, response, HttpStatus.UNAUTHORIZED, "apiTokens.refused.missing");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            var scope = requiredScope(request);
                            if (scope.isPresent()) {
                                response.setHeader(
                                        "WWW-Authenticate",
                                        "Bearer error=\"insufficient_scope\", scope=\"" + scope.get().value + "\"");
                                answers.refuse(
                                        request,
                                        response,
                                        HttpStatus.FORBIDDEN,
                                        "apiTokens.refused.scope",
                                        scope.get().value);
                            } else {
                                answers.refuse(request, response, HttpStatus.FORBIDDEN, "apiTokens.refused.route");
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterBefore(new BearerTokenFilter(tokens, answers), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** SCIM always; the rest of the API when the call carries a bearer token (a browser's call does not). */
    static boolean isTokenCall(HttpServletRequest request) {
        var path = RequestPaths.of(request);
        return path.startsWith("/scim/") || (path.startsWith("/api/") && BearerTokenFilter.bearer(request) != null);
    }

    /**
     * The one table of what a token needs for each route; a route not listed here is closed to tokens (the API's
     * documentation, for instance, is for administrators in a browser).
     */
    static Optional<ApiScope> requiredScope(HttpServletRequest request) {
        var path = RequestPaths.of(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (path.startsWith("/scim/v2/") || path.equals("/scim/v2")) {
            return Optional.of(ApiScope.SCIM);
        }
        if (path.equals("/api/v1/people") || path.startsWith("/api/v1/people/")) {
            return Optional.of(read ? ApiScope.DIRECTORY_READ : ApiScope.DIRECTORY_WRITE);
        }
        if (read
                && (path.startsWith("/api/v1/programmes")
                        || path.startsWith("/api/v1/applications")
                        || path.startsWith("/api/v1/mentorships"))) {
            return Optional.of(ApiScope.PROGRAMMES_READ);
        }
        return Optional.empty();
    }
}
