package org.binome.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The checks of an ID token, each with its own reason, so that the sign-in page says precisely why a provider's answer
 * was refused: a signature that does not verify against the provider's published keys, another issuer than the
 * configured one, a token addressed to another client, an expired token. Spring Security's own OpenID Connect checks
 * ({@link OidcIdTokenValidator}: required claims, issued-at, authorised party) still run after ours; the nonce and the
 * state are checked by Spring Security and explained by {@link SsoSignIn#failure()}.
 */
@Configuration(proxyBeanMethods = false)
class SsoTokenChecks {

    static final String SIGNATURE = "binome_token_signature";
    static final String ISSUER = "binome_token_issuer";
    static final String AUDIENCE = "binome_token_audience";
    static final String EXPIRED = "binome_token_expired";
    static final String INVALID = "binome_token_invalid";

    /** Tolerated clock difference with the provider, as Spring Security's validators tolerate. */
    private static final Duration SKEW = Duration.ofSeconds(60);

    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders(Clock clock) {
        var factory = new OidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> checks(registration, clock));
        return registration -> {
            var decoder = factory.createDecoder(registration);
            return token -> {
                try {
                    return decoder.decode(token);
                } catch (JwtValidationException e) {
                    throw refused(e.getErrors().stream()
                            .map(OAuth2Error::getErrorCode)
                            .filter(code -> code.startsWith("binome_"))
                            .findFirst()
                            .orElse(INVALID));
                } catch (BadJwtException e) {
                    throw refused(unreadable(e.getCause(), token, clock));
                } catch (JwtException e) {
                    throw refused(INVALID);
                }
            };
        };
    }

    static OAuth2TokenValidator<Jwt> checks(ClientRegistration registration, Clock clock) {
        var issuer = registration.getProviderDetails().getIssuerUri();
        var client = registration.getClientId();
        OAuth2TokenValidator<Jwt> fromIssuer = jwt -> issuer == null
                        || jwt.getIssuer() != null
                                && issuer.equals(jwt.getIssuer().toString())
                ? OAuth2TokenValidatorResult.success()
                : failure(ISSUER);
        OAuth2TokenValidator<Jwt> forUs =
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(client)
                        ? OAuth2TokenValidatorResult.success()
                        : failure(AUDIENCE);
        OAuth2TokenValidator<Jwt> inTime =
                jwt -> jwt.getExpiresAt() != null && clock.instant().minus(SKEW).isBefore(jwt.getExpiresAt())
                        ? OAuth2TokenValidatorResult.success()
                        : failure(EXPIRED);
        var oidc = new OidcIdTokenValidator(registration);
        oidc.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(fromIssuer, forUs, inTime, oidc);
    }

    /**
     * Why the token could not be read: a signature that does not verify or no published key that matches it; else an
     * expiry already past (which the JOSE library may have refused before our checks); else a token that is not a
     * valid signed JWT.
     */
    static String unreadable(Throwable cause, String token, Clock clock) {
        if (cause instanceof com.nimbusds.jose.proc.BadJOSEException
                && !(cause instanceof com.nimbusds.jwt.proc.BadJWTException)) {
            return SIGNATURE;
        }
        try {
            var expiry =
                    com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            return expiry != null && expiry.toInstant().isBefore(clock.instant().minus(SKEW)) ? EXPIRED : INVALID;
        } catch (java.text.ParseException e) {
            return INVALID;
        }
    }

    private static OAuth2TokenValidatorResult failure(String code) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(code));
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
