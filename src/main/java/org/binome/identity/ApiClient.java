package org.binome.identity;

import java.util.Set;

/**
 * An integration calling the API with a token (an HR job, an identity provider provisioning by SCIM), as controllers
 * of other modules see it: the principal of a bearer-token call, named in what it changes.
 */
public record ApiClient(long tokenId, String name, Set<String> scopes) {

    /** How histories and import reports name the caller, e.g. {@code token:Workday nightly}. */
    public String actor() {
        return "token:" + name;
    }
}
