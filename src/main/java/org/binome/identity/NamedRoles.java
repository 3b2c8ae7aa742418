package org.binome.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Service provider interface: roles an employee holds because an administrator named them somewhere else than in
 * Comptes, for instance as a programme's sponsor. An account opened for such an employee (invitation, first sign-in
 * through the company's provider) starts with these roles. The programmes module implements it as a bean (identity
 * cannot read programmes: they read accounts).
 */
public interface NamedRoles {

    /** The named roles of those of these employees who have some, by employee number. */
    Map<String, Set<Role>> of(Collection<String> employeeNumbers);
}
