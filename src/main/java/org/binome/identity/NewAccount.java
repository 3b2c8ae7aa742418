package org.binome.identity;

import java.util.Set;

/** What it takes to open an account. The password is checked against the password policy. */
public record NewAccount(
        String username,
        String displayName,
        String email,
        char[] password,
        Set<Role> roles,
        String locale,
        String employeeNumber,
        boolean mustChangePassword) {}
