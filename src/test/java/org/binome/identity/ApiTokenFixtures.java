package org.binome.identity;

import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;

/** API tokens for tests of other modules (SCIM, the documented API), made through the real service. */
public final class ApiTokenFixtures {

    private ApiTokenFixtures() {}

    /** A token valid for 30 days with these scopes ({@code directory:read}, {@code scim}…); returns its secret. */
    public static String create(ApplicationContext context, String name, String... scopes) {
        var list = Arrays.stream(scopes).map(s -> ApiScope.of(s).orElseThrow()).toList();
        return context.getBean(ApiTokens.class)
                .create(name, list, LocalDate.now().plusDays(30), "test");
    }
}
