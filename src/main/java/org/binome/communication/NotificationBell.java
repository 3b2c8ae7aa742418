package org.binome.communication;

import org.binome.identity.BinomeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The unread count shown on the bell in the header of every page, counted when the header is written
 * ({@code layout.html}: {@code th:with="unread=${@notificationBell.unread(#authentication)}"}); no polling, so an idle
 * session still expires. Only a page drawn with the layout counts it: a fragment answered to htmx, a redirect or an
 * API answer never does.
 *
 * <p>Why not a {@code @ModelAttribute} of a {@code @ControllerAdvice}, as it was: Spring MVC then builds, for every
 * request, an invocable method for it, resolves its arguments and parses its parameters' annotations again (the JDK
 * does not keep them). Measured on the pairs page with the pair forms' choices (async-profiler, H2, 10 connections):
 * 4.5 % of the page's CPU, a tenth of it the count itself.
 */
@Component("notificationBell")
public class NotificationBell {

    private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

    private final NotificationStore store;

    NotificationBell(NotificationStore store) {
        this.store = store;
    }

    /** The reader's unread notifications; 0 for an anonymous reader, or when they could not be counted. */
    public long unread(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof BinomeUser user)) {
            return 0;
        }
        try {
            return store.unread(user.getUsername(), user.employeeNumber());
        } catch (RuntimeException e) {
            // The bell must never turn a page (an error page, say) into another error.
            log.warn("Unread notifications could not be counted: {}", e.getMessage());
            return 0;
        }
    }
}
