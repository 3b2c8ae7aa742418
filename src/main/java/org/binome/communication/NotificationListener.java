package org.binome.communication;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module may also publish a {@link Notification} as an event instead of calling {@link Notifications}: Spring
 * Modulith records it in the event publication registry with the publisher's transaction, delivers it after the
 * commit, and republishes it after a crash until it has been handled.
 */
@Component
class NotificationListener {

    private final Notifications notifications;

    NotificationListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(Notification notification) {
        notifications.notify(notification);
    }
}
