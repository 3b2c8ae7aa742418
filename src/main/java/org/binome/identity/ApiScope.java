package org.binome.identity;

import java.util.Arrays;
import java.util.Optional;

/** What an API token may do; each scope is an authority {@code SCOPE_<value>} of the token's calls. */
enum ApiScope {
    DIRECTORY_READ("directory:read"),
    DIRECTORY_WRITE("directory:write"),
    PROGRAMMES_READ("programmes:read"),
    SCIM("scim");

    final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as tokens and pages name it ({@code directory:read}). */
    public String value() {
        return value;
    }

    String authority() {
        return "SCOPE_" + value;
    }

    static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
