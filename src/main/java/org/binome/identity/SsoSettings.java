package org.binome.identity;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How single sign-on links an identity provider's people to the directory ({@code binome.sso.*}); the provider itself
 * is configured with Spring's standard {@code spring.security.oauth2.client.*} properties, and without one single
 * sign-on is off.
 *
 * @param employeeNumberClaim a claim holding the HR employee number (e.g. {@code employee_id}); tried before the e-mail
 * @param emailClaim the claim holding the work e-mail ({@code email}; Entra ID may need {@code preferred_username})
 * @param groupsClaim a claim listing the person's groups (e.g. {@code groups}); empty: roles stay as administrators set
 * @param adminGroups groups whose members are administrators (with {@code groupsClaim})
 * @param sponsorGroups groups whose members are sponsors
 * @param facilitatorGroups groups whose members are facilitators
 * @param localPasswords false: passwords are refused at sign-in, except for the break-glass administrator
 * @param breakGlassUsername the one account that keeps its password when local passwords are off
 */
@ConfigurationProperties("binome.sso")
record SsoSettings(
        String employeeNumberClaim,
        String emailClaim,
        String groupsClaim,
        List<String> adminGroups,
        List<String> sponsorGroups,
        List<String> facilitatorGroups,
        Boolean localPasswords,
        String breakGlassUsername) {

    SsoSettings {
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim;
        adminGroups = adminGroups == null ? List.of() : adminGroups;
        sponsorGroups = sponsorGroups == null ? List.of() : sponsorGroups;
        facilitatorGroups = facilitatorGroups == null ? List.of() : facilitatorGroups;
        localPasswords = localPasswords == null || localPasswords;
        breakGlassUsername = breakGlassUsername == null || breakGlassUsername.isBlank() ? "admin" : breakGlassUsername;
    }

    boolean mapsGroups() {
        return groupsClaim != null && !groupsClaim.isBlank();
    }

    /** The grantable roles these groups give. */
    Set<Role> rolesOf(List<String> groups) {
        var roles = new LinkedHashSet<Role>();
        Map<Role, List<String>> mapping = new EnumMap<>(Role.class);
        mapping.put(Role.ADMIN, adminGroups);
        mapping.put(Role.SPONSOR, sponsorGroups);
        mapping.put(Role.FACILITATOR, facilitatorGroups);
        mapping.forEach((role, names) -> {
            if (groups.stream().anyMatch(names::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** Whether this account may sign in with its password. */
    boolean acceptsPassword(String username) {
        return localPasswords || Accounts.normalise(username).equals(Accounts.normalise(breakGlassUsername));
    }
}
