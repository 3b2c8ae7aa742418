package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(SsoSettings.class)
class SecurityConfiguration {

    /** No inline script or style anywhere: every script is a file under /js or a webjar. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The policy, with the identity providers' end-session origins allowed as form targets: logging out is a form
     * post that the RP-initiated logout redirects to the provider, and browsers apply {@code form-action} to that
     * redirect (without it, Chromium silently stays on the page).
     */
    static String contentSecurityPolicy(
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository clients) {
        if (!(clients instanceof Iterable<?> registrations)) {
            return CONTENT_SECURITY_POLICY;
        }
        var origins = new java.util.TreeSet<String>();
        for (var each : registrations) {
            if (each
                    instanceof
                    org.springframework.security.oauth2.client.registration.ClientRegistration registration) {
                var endSession = registration
                        .getProviderDetails()
                        .getConfigurationMetadata()
                        .get("end_session_endpoint");
                if (endSession != null) {
                    var uri = java.net.URI.create(endSession.toString());
                    origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
                }
            }
        }
        return origins.isEmpty()
                ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace(
                        "form-action 'self'", "form-action 'self' " + String.join(" ", origins));
    }

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /**
     * Spring Security observes nothing per request: its observation of the filter chain wrapped every one of the
     * chain's filters in a timer of its own (and each authorization decision in another), about 2 % of a signed-in
     * page's CPU by the profile, for figures no operator reads; each route's own time stays in
     * {@code http.server.requests} (the operations page, Prometheus). Sign-ins are still observed.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks the password before saying anything about the account: a disabled account is reported as such only to
     * someone who knows its password, so the message tells a stranger nothing.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            AccountUserDetailsService users, PasswordEncoder encoder, SsoSettings sso) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
            // Passwords switched off: only the break-glass administrator still signs in with one.
            if (!sso.acceptsPassword(user.getUsername())) {
                throw new org.springframework.security.authentication.LockedException("single sign-on only");
            }
        });
        return provider;
    }

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            LoginThrottle throttle,
            Accounts accounts,
            LocaleResolver locales,
            JdbcClient jdbc,
            UserAccountRepository repository,
            Clock clock,
            @Value("${binome.session.absolute-lifetime:12h}") Duration sessionLifetime,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
                    registrations,
            SsoAccounts sso)
            throws Exception {
        var entryPoint = new HtmxAwareEntryPoint();
        var requestCache = new CookieRequestCache();
        // Only a page someone opened from a link is worth returning to after sign-in.
        requestCache.setRequestMatcher(SecurityConfiguration::isPageNavigation);

        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setRequestCache(requestCache);
        success.setDefaultTargetUrl("/");

        org.springframework.security.web.authentication.AuthenticationSuccessHandler signedIn =
                (request, response, authentication) -> {
                    SessionLifetimeFilter.signedIn(request, clock);
                    throttle.succeeded(
                            authentication.getName(),
                            request.getRemoteAddr(),
                            LoginThrottleFilter.ensureDevice(request, response));
                    AccountSessions.describe(request);
                    if (authentication.getPrincipal() instanceof BinomeUser user) {
                        accounts.signedIn(user.accountId());
                        // The language chosen on this browser wins and is remembered; otherwise the account's.
                        if (hasLanguageCookie(request)) {
                            accounts.rememberLocale(user.getUsername(), locales.resolveLocale(request));
                        } else {
                            locales.setLocale(request, response, Locale.forLanguageTag(user.locale()));
                        }
                        if (user.mustChangePassword()) {
                            response.sendRedirect(request.getContextPath() + "/account/password");
                            return;
                        }
                    }
                    success.onAuthenticationSuccess(request, response, authentication);
                };

        var clients = registrations.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(SsoSignIn.users(sso)))
                    .successHandler(SsoSignIn.success(signedIn))
                    .failureHandler(SsoSignIn.failure()));
        }

        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/login/throttled",
                                "/password/forgot",
                                "/password/reset",
                                "/invitation",
                                "/privacy/notice",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        // Every API route, its description and its documentation: administrators only, unless a
                        // rule above says otherwise (an upload is refused here before its body is read).
                        .requestMatchers(
                                "/actuator/**",
                                "/admin/**",
                                "/api/v1/openapi*",
                                "/api/v1/openapi/**",
                                "/api/v1/docs/**",
                                "/swagger-ui/**",
                                "/api/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/sponsor/**")
                        .hasAnyRole(Role.SPONSOR.name(), Role.ADMIN.name())
                        .requestMatchers("/facilitation/**")
                        .hasAnyRole(Role.FACILITATOR.name(), Role.ADMIN.name())
                        .requestMatchers("/me/**")
                        .hasRole(Role.PARTICIPANT.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signedIn)
                        .failureHandler((request, response, exception) -> {
                            // The account's counters counted the attempt before the password was checked; the
                            // address counts failures only, so that colleagues behind one proxy never wait.
                            if (exception instanceof BadCredentialsException) {
                                throttle.signInFailed(
                                        request.getParameter("username"),
                                        request.getRemoteAddr(),
                                        LoginThrottleFilter.deviceOf(request));
                            }
                            response.sendRedirect(request.getContextPath()
                                    + (exception instanceof DisabledException
                                            ? "/login?disabled"
                                            : exception
                                                            instanceof
                                                            org.springframework.security.authentication.LockedException
                                                    ? "/login?sso"
                                                    : "/login?error"));
                        }))
                .logout(logout -> {
                    logout.logoutSuccessUrl("/login?logout")
                            .deleteCookies(SessionCookieConfiguration.NAMES.toArray(String[]::new));
                    if (clients != null) {
                        logout.logoutSuccessHandler(SsoSignIn.logout(clients));
                    }
                })
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ExplainingAccessDeniedHandler()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(clients)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new UploadGate(), CsrfFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(clock, sessionLifetime), SecurityContextHolderFilter.class)
                .addFilterBefore(new AccountAccessFilter(jdbc, repository), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        return http.build();
    }

    private static boolean hasLanguageCookie(HttpServletRequest request) {
        return request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies())
                        .anyMatch(c -> c.getName().equals("binome-lang"));
    }

    private static boolean isPageNavigation(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        var path = RequestPaths.of(request);
        return "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !path.startsWith("/api/")
                && !path.startsWith("/actuator/")
                && accept != null
                && accept.contains("text/html");
    }
}
