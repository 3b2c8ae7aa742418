package org.binome.training;

import java.util.Map;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.identity.Accounts;
import org.binome.people.PersonLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Someone left the company: the programme administrators are told which codevelopment circles lose a member. */
@Component
class CircleDepartures {

    private final Circles circles;
    private final Notifications notifications;
    private final Accounts accounts;

    CircleDepartures(Circles circles, Notifications notifications, Accounts accounts) {
        this.circles = circles;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(PersonLeft departure) {
        var affected = circles.of(departure.employeeNumber());
        if (affected.isEmpty()) {
            return;
        }
        var names = String.join(", ", affected.stream().map(CircleView::name).toList());
        notifications.notify(
                accounts.administrators(),
                Notification.of(
                                "admin",
                                "circle.member-left",
                                Map.of(
                                        "name",
                                        departure.fullName(),
                                        "number",
                                        departure.employeeNumber(),
                                        "circles",
                                        names))
                        .withIdempotencyKey("circle-member-left:" + departure.employeeNumber()));
    }
}
