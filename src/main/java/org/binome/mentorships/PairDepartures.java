package org.binome.mentorships;

import java.util.Map;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.identity.Accounts;
import org.binome.people.PersonLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Someone left the company: the programme administrators are told which running pairs and groups lose a member. */
@Component
class PairDepartures {

    private final Mentorships mentorships;
    private final Notifications notifications;
    private final Accounts accounts;

    PairDepartures(Mentorships mentorships, Notifications notifications, Accounts accounts) {
        this.mentorships = mentorships;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(PersonLeft departure) {
        var pairs = mentorships.activeMentorshipsOf(departure.employeeNumber());
        if (pairs.isEmpty()) {
            return;
        }
        var names = String.join(
                "; ",
                pairs.stream()
                        .map(pair -> pair.programName() + " (" + pair.partnerNames(departure.employeeNumber()) + ")")
                        .toList());
        notifications.notify(
                accounts.administrators(),
                Notification.of(
                                "admin",
                                "pair.member-left",
                                Map.of(
                                        "name",
                                        departure.fullName(),
                                        "number",
                                        departure.employeeNumber(),
                                        "pairs",
                                        names))
                        .withLink("/admin/mentorships")
                        .withIdempotencyKey("member-left:" + departure.employeeNumber()));
    }
}
