package org.binome.identity;

import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in people with exactly the roles a test names, for walking the routes. */
public final class TestUsers {

    private TestUsers() {}

    public static BinomeUser withRoles(Role... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        var name = roles.length == 0 ? "nobody" : roles[0].name().toLowerCase(java.util.Locale.ROOT);
        return new BinomeUser(1L, name, "{noop}unused-password", true, authorities, "Test " + name, "ML00001", "fr");
    }

    /** A signed-in employee with this employee number and these roles. */
    public static BinomeUser employee(String employeeNumber, Role... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        var name = "user-" + employeeNumber.toLowerCase(java.util.Locale.ROOT);
        return new BinomeUser(
                2L, name, "{noop}unused-password", true, authorities, "Test " + employeeNumber, employeeNumber, "fr");
    }
}
