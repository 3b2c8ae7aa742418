package org.binome.support;

import java.io.IOException;
import java.net.ServerSocket;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The company's OpenID Connect provider in tests: mock-oauth2-server started on a free port in the test JVM, and the
 * application registered with it as {@code corp} ("Corp ID") with local passwords off, the {@code groups} claim read,
 * {@code binome-admins} made administrators and {@code codir} sponsors. A test class keeps the server in a static
 * field, adds its own properties after {@link #register} and shuts the server down after all.
 */
public final class CorpProvider {

    private CorpProvider() {}

    /** A provider listening on a free port. */
    public static MockOAuth2Server start() {
        var provider = new MockOAuth2Server();
        try (var socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            provider.start(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return provider;
    }

    /** The application's registration with the provider, for a {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry properties, MockOAuth2Server provider) {
        registerWithoutGroups(properties, provider);
        properties.add("binome.sso.groups-claim", () -> "groups");
        properties.add("binome.sso.admin-groups", () -> "binome-admins");
        properties.add("binome.sso.sponsor-groups", () -> "codir");
    }

    /** The same registration, the provider's groups not read: roles are given in Binôme only. */
    public static void registerWithoutGroups(DynamicPropertyRegistry properties, MockOAuth2Server provider) {
        var registration = "spring.security.oauth2.client.registration.corp.";
        properties.add(registration + "client-id", () -> "binome");
        properties.add(registration + "client-secret", () -> "binome-secret");
        properties.add(registration + "client-name", () -> "Corp ID");
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add(
                "spring.security.oauth2.client.provider.corp.issuer-uri",
                () -> provider.issuerUrl("corp").toString());
        properties.add("binome.sso.local-passwords", () -> "false");
    }
}
