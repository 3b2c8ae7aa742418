package org.binome.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A minimal OpenID Connect provider whose ID tokens the test writes and signs by hand (discovery, authorize, token and
 * JWKS endpoints over real HTTP): it lets a test send what a real provider never would — a token signed with another
 * key, from another issuer, for another client, expired, or carrying the nonce of an earlier sign-in.
 */
final class HandSignedProvider implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final List<String> nonces = new ArrayList<>();
    private volatile UnaryOperator<JWTClaimsSet.Builder> nextToken = UnaryOperator.identity();
    private volatile boolean signWithOtherKey;
    private volatile String email = "";

    HandSignedProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("published").generate();
            otherKey = new RSAKeyGenerator(2048).keyID("published").generate();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The next token names this person, altered as the test says, signed with the published key or another one. */
    void nextToken(String email, boolean otherKey, UnaryOperator<JWTClaimsSet.Builder> alteration) {
        this.email = email;
        this.signWithOtherKey = otherKey;
        this.nextToken = alteration;
    }

    /** The nonces of the sign-ins started so far, oldest first. */
    List<String> nonces() {
        synchronized (nonces) {
            return List.copyOf(nonces);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        var issuer = issuer();
        send(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"]}""".formatted(issuer));
    }

    /** Answers at once, as a provider does for someone already signed in there: a code, the state, the nonce kept. */
    private void authorize(HttpExchange exchange) throws IOException {
        var query = parameters(exchange.getRequestURI().getRawQuery());
        var nonce = query.get("nonce");
        synchronized (nonces) {
            nonces.add(nonce);
        }
        var code = UUID.randomUUID() + "." + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add(
                        "Location",
                        query.get("redirect_uri") + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        var form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var code = form.get("code");
        var nonce = URLDecoder.decode(code.substring(code.indexOf('.') + 1), StandardCharsets.UTF_8);
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("subject-" + email)
                .audience("binome-forged")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("email", email);
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("published").build(),
                    nextToken.apply(claims).build());
            jwt.sign(new RSASSASigner(signWithOtherKey ? otherKey : key));
            send(exchange, 200, """
                    {"access_token":"access-%s","token_type":"Bearer","expires_in":300,"scope":"openid email",
                     "id_token":"%s"}""".formatted(UUID.randomUUID(), jwt.serialize()));
        } catch (JOSEException e) {
            send(exchange, 500, "{}");
        }
    }

    private static Map<String, String> parameters(String raw) {
        var values = new LinkedHashMap<String, String>();
        if (raw != null) {
            for (var pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
