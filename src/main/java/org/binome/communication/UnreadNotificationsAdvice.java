package org.binome.communication;

import org.binome.identity.BinomeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count shown on the bell in the header of every page, computed when the page is rendered (no polling,
 * so an idle session still expires). An htmx partial request does not need it.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnreadNotificationsAdvice.class);

    private final NotificationStore store;

    UnreadNotificationsAdvice(NotificationStore store) {
        this.store = store;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(
            @AuthenticationPrincipal Object principal, jakarta.servlet.http.HttpServletRequest request) {
        if (!(principal instanceof BinomeUser user)
                || request.getHeader("HX-Request") != null
                || !"GET".equals(request.getMethod())) {
            return null;
        }
        try {
            return store.unread(user.getUsername(), user.employeeNumber());
        } catch (RuntimeException e) {
            // The bell must never turn a page (an error page, say) into another error.
            log.warn("Unread notifications could not be counted: {}", e.getMessage());
            return null;
        }
    }
}
