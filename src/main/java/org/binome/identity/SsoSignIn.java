package org.binome.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * OpenID Connect sign-in, wired into the browser chain when a provider is configured. Spring Security checks the ID
 * token (signature, issuer, audience, expiry, nonce) and the state; then {@link SsoAccounts} links the identity to the
 * directory, and the session holds the same {@link BinomeUser} a password sign-in gives, so every page, role check and
 * account rule works unchanged. The ID token is kept with the session for RP-initiated logout.
 */
final class SsoSignIn {

    /** The provider's answer carries another nonce than the one this sign-in sent (a replayed ID token). */
    static final String NONCE = "binome_nonce_mismatch";

    /** The answer's state matches no sign-in started in this browser (replayed, or started elsewhere). */
    static final String STATE = "binome_state_unknown";

    private SsoSignIn() {}

    /** The provider's ID token and registration, kept in the session for logout. */
    record SsoSession(String registrationId, OidcIdToken idToken) implements Serializable {}

    /** The provider's user, carrying the account it was linked to. */
    static final class LinkedIdentity extends DefaultOidcUser {
        private static final long serialVersionUID = 1L;
        private final BinomeUser user;

        LinkedIdentity(OidcUser identity, BinomeUser user) {
            super(user.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
            this.user = user;
        }

        BinomeUser user() {
            return user;
        }
    }

    static OAuth2UserService<OidcUserRequest, OidcUser> users(SsoAccounts accounts) {
        var delegate = new OidcUserService();
        return request -> {
            var identity = delegate.loadUser(request);
            return new LinkedIdentity(identity, accounts.signIn(identity));
        };
    }

    /** Replaces the provider's authentication with the linked account's, then signs in like a password does. */
    static AuthenticationSuccessHandler success(AuthenticationSuccessHandler signedIn) {
        var contexts = new HttpSessionSecurityContextRepository();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (!(authentication.getPrincipal() instanceof LinkedIdentity identity)
                    || !(authentication instanceof OAuth2AuthenticationToken token)) {
                throw new ServletException("single sign-on without a linked account");
            }
            var user = identity.user();
            var linked = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            linked.setDetails(new SsoSession(token.getAuthorizedClientRegistrationId(), identity.getIdToken()));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(linked);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            signedIn.onAuthenticationSuccess(request, response, linked);
        };
    }

    /** A refusal goes back to the sign-in page with its reason (someone absent from the directory, a bad token…). */
    static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            var code = e instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "other";
            var known = switch (code) {
                case "invalid_nonce" -> NONCE;
                case "authorization_request_not_found", "invalid_state_parameter" -> STATE;
                default -> code.startsWith("binome_") ? code : "binome_other";
            };
            response.sendRedirect(request.getContextPath() + "/login?refused=" + known);
        };
    }

    /**
     * After a single sign-on session, logout continues at the provider's end-session endpoint (RP-initiated logout)
     * and comes back to the sign-in page; a password session just comes back.
     */
    static LogoutSuccessHandler logout(ClientRegistrationRepository registrations) {
        var provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        provider.setDefaultTargetUrl("/login?logout");
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication != null && authentication.getDetails() instanceof SsoSession session) {
                var oidc = new DefaultOidcUser(authentication.getAuthorities(), session.idToken());
                provider.onLogoutSuccess(
                        request,
                        response,
                        new OAuth2AuthenticationToken(oidc, authentication.getAuthorities(), session.registrationId()));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?logout");
            }
        };
    }
}
