package org.binome.programs;

import java.util.Map;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells applicants what became of their application, in their language, in the app and by e-mail. */
@Component
class ApplicationNotifications {

    private final Notifications notifications;
    private final Programs programs;

    ApplicationNotifications(Notifications notifications, Programs programs) {
        this.notifications = notifications;
        this.programs = programs;
    }

    @ApplicationModuleListener
    void on(ApplicationAccepted event) {
        tell(event.programId(), event.applicationId(), event.employeeNumber(), "application.accepted");
    }

    @ApplicationModuleListener
    void on(ApplicationWaitlisted event) {
        tell(event.programId(), event.applicationId(), event.employeeNumber(), "application.waitlisted");
    }

    @ApplicationModuleListener
    void on(ApplicationDeclined event) {
        tell(event.programId(), event.applicationId(), event.employeeNumber(), "application.declined");
    }

    private void tell(long programId, long applicationId, String employeeNumber, String template) {
        var name = programs.find(programId).map(ProgramView::name).orElse("");
        notifications.notify(Notification.of(employeeNumber, template, Map.of("programme", name))
                .withLink("/me/applications")
                .withIdempotencyKey(template + ":" + applicationId));
    }
}
