package org.binome.communication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.binome.people.DemoCompanyLoaded;
import org.binome.shared.CalendarEvent;
import org.binome.shared.CalendarWriter;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Two announcements and a few notifications for the demo accounts, so the bell and the outbox show something. */
@Component
@Profile("demo")
class DemoCommunication {

    private final Announcements announcements;
    private final Notifications notifications;

    DemoCommunication(Announcements announcements, Notifications notifications) {
        this.announcements = announcements;
        this.notifications = notifications;
    }

    @EventListener
    @Order(60)
    void load(DemoCompanyLoaded context) {
        announcements.publish(new NewAnnouncement(
                "Lancement du mentorat inversé chez Maison Lumière",
                "<p>Notre directrice générale ouvre le <strong>premier programme de mentorat inversé</strong> :"
                        + " les plus jeunes partagent leurs usages numériques, les plus expérimentés leur regard"
                        + " sur l’entreprise.</p><ul><li>Candidatures ouvertes jusqu’à la fin du mois</li>"
                        + "<li>Une rencontre par mois pendant six mois</li></ul>",
                Audience.ALL_EMPLOYEES,
                null,
                false,
                null,
                "admin"));
        announcements.publish(new NewAnnouncement(
                "Point d’étape pour les sponsors",
                "<p>Le premier bilan du programme sera présenté au comité de direction le mois prochain.</p>",
                Audience.SPONSORS,
                null,
                false,
                null,
                "admin"));
        var nextWeek = context.today().plusDays(7).atTime(LocalTime.of(12, 30)).atZone(context.zone());
        notifications.notify(Notification.of(
                        DemoCompanyLoaded.YOUNG_MENTOR,
                        "proposal.published",
                        Map.of("programme", "Mentorat inversé 2026", "partner", "Bernard Lefèvre"))
                .withLink("/me")
                .withIdempotencyKey("demo:proposal"));
        notifications.notify(Notification.of(
                        DemoCompanyLoaded.SENIOR_MENTEE,
                        "session.planned",
                        Map.of("partner", "Inès Benali", "date", nextWeek, "place", "Paris, salle Lumière"))
                .withLink("/me")
                .withAttachments(Attachment.calendar(
                        "rencontre.ics", invitation(nextWeek.toInstant(), context.zone(), context.today())))
                .withIdempotencyKey("demo:session"));
        notifications.notify(Notification.of(
                        DemoCompanyLoaded.HR_PROGRAMME_MANAGER,
                        "application.accepted",
                        Map.of("programme", "Mentorat inversé 2026"))
                .withLink("/me")
                .withIdempotencyKey("demo:application"));
        notifications.notify(Notification.of(
                        DemoCompanyLoaded.HR_PROGRAMME_MANAGER,
                        "review.due",
                        Map.of(
                                "programme",
                                "Mentorat inversé 2026",
                                "due",
                                context.today().plusDays(14)))
                .withIdempotencyKey("demo:review")
                .inAppOnly());
    }

    /** A one-hour calendar invitation, written by the application's one calendar writer. */
    private static byte[] invitation(Instant start, ZoneId zone, LocalDate today) {
        return CalendarWriter.write(
                        new CalendarEvent(
                                "demo-session@binome",
                                0,
                                false,
                                start,
                                start.plusSeconds(3600),
                                "Rencontre Inès Benali / Bernard Lefèvre",
                                null,
                                "Paris, salle Lumière",
                                null,
                                null,
                                List.of()),
                        zone,
                        today.atStartOfDay(zone).toInstant())
                .ics();
    }
}
