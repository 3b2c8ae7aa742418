package org.binome.programs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.binome.identity.NamedRoles;
import org.binome.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Tells identity who holds the sponsor role by being named a programme's sponsor, so that an account opened after the
 * naming (an invitation, a first sign-in through the company's provider) reaches the sponsors' dashboard at once. A
 * sponsor named when their account already exists gets the role then ({@link ProgramEditing}).
 */
@Component
class ProgrammeSponsorRoles implements NamedRoles {

    private static final Set<Role> SPONSOR = Set.of(Role.SPONSOR);

    private final Programs programs;

    ProgrammeSponsorRoles(Programs programs) {
        this.programs = programs;
    }

    @Override
    public Map<String, Set<Role>> of(Collection<String> employeeNumbers) {
        if (employeeNumbers.isEmpty()) {
            return Map.of();
        }
        var wanted = new java.util.HashSet<>(employeeNumbers);
        var named = new HashMap<String, Set<Role>>();
        for (var program : programs.findAll()) {
            program.sponsors().stream().filter(wanted::contains).forEach(number -> named.put(number, SPONSOR));
        }
        return named;
    }
}
