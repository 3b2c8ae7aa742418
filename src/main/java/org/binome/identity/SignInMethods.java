package org.binome.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * How people sign in here: the configured identity providers, and whether passwords are still accepted. Without a
 * provider, passwords always are; with one and {@code binome.sso.local-passwords=false}, only the break-glass
 * administrator keeps a password, and invitations and reset requests send everyone else to their company account.
 */
@Component
class SignInMethods {

    private final Map<String, String> providers = new LinkedHashMap<>();
    private final SsoSettings settings;

    SignInMethods(ObjectProvider<ClientRegistrationRepository> registrations, SsoSettings settings) {
        this.settings = settings;
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                var client = (ClientRegistration) registration;
                providers.put(client.getRegistrationId(), client.getClientName());
            }
        }
    }

    /** The identity providers, by registration id, with the name shown on the sign-in button. */
    Map<String, String> providers() {
        return providers;
    }

    /** Whether people in general sign in with a password (the break-glass administrator always may). */
    boolean passwords() {
        return providers.isEmpty() || settings.localPasswords();
    }

    /** Whether this account signs in with a password, so may choose or reset one. */
    boolean passwordFor(String username) {
        return providers.isEmpty() || settings.acceptsPassword(username);
    }
}
