package org.binome.identity;

import java.util.List;
import java.util.Map;

/**
 * A module's routes with the designed answer for each visitor: nobody, ADMIN, SPONSOR, PARTICIPANT, FACILITATOR.
 * Each module declares its own in its test package (a public class with a no-argument constructor);
 * {@link AuthorizationTests} finds them all and walks every route with every role.
 */
public interface RouteExpectations {

    /** Redirected to the sign-in page. */
    String LOGIN = "login";

    String OK = "200";
    String DENIED = "403";
    String NOT_FOUND = "404";
    String REDIRECT = "302";

    Map<String, List<String>> routes();
}
