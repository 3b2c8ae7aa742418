package org.binome.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.binome.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The module's SQL on the embedded default (and, in the build's second run, on PostgreSQL): without a mail server
 * e-mails stay in the outbox, and every table round-trips its values.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class CommunicationRepositoryTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    NotificationStore store;

    @Autowired
    MailPreferences preferences;

    @Autowired
    Announcements announcements;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAMailServerEmailsAreKeptInTheOutboxWithTheirAttachments() {
        TestAccounts.account()
                .username("local-reader")
                .email("local.reader@example.org")
                .locale("en")
                .openOnceIn(accounts);
        var key = "local:" + UUID.randomUUID();
        var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        notifications.notify(Notification.of("local-reader", "review.due", Map.of("programme", "P", "due", "soon"))
                .withAttachments(Attachment.calendar("invite.ics", ics))
                .withIdempotencyKey(key));

        // Other modules' demo data leave many e-mails waiting: send batches until nothing is due.
        for (int batch = 0; batch < 100 && delivery.sendDue(Instant.now()) > 0; batch++) {
            // keep sending
        }

        var id = jdbc.sql("select id from mail_outbox where idempotency_key = ?")
                .param(key + "|local-reader")
                .query(Long.class)
                .single();
        var mail = outbox.find(id).orElseThrow();
        assertThat(mail.status()).isEqualTo(MailStatus.LOCAL);
        assertThat(mail.subject()).isEqualTo("Your P programme review is due");
        assertThat(mail.locale()).isEqualTo("en");
        assertThat(mail.address()).isEqualTo("local.reader@example.org");
        assertThat(mail.html()).contains("<html lang=\"en\">");
        assertThat(mail.text()).contains("Take a few minutes");
        assertThat(outbox.attachments(id)).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("invite.ics");
            assertThat(a.content()).isEqualTo(ics);
        });
        assertThat(outbox.latest("LOCAL", 500)).extracting(Outbox.Summary::id).contains(id);
    }

    @Test
    void retriesAreSpacedFurtherAndFurtherApart() {
        assertThat(delivery.backOff(1)).hasMinutes(1);
        assertThat(delivery.backOff(2)).hasMinutes(2);
        assertThat(delivery.backOff(5)).hasMinutes(16);
        assertThat(delivery.backOff(30)).hasHours(6);
    }

    @Test
    void outboxRowsRecordRetriesAndFailures() {
        var key = "rows:" + UUID.randomUUID();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        outbox.add(
                new Outbox.NewMail(
                        key,
                        "application.accepted",
                        "application",
                        "Binôme <binome@localhost>",
                        "nobody",
                        "nobody@example.org",
                        "fr",
                        "Objet",
                        "<p>x</p>",
                        "x",
                        List.of(),
                        MailStatus.PENDING,
                        null,
                        null),
                now);
        var id = jdbc.sql("select id from mail_outbox where idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();

        assertThat(outbox.due(now, 10_000)).contains(id);
        outbox.retryLater(id, now.plusSeconds(120), "server", "Connection refused");
        assertThat(outbox.due(now.plusSeconds(60), 10_000)).doesNotContain(id);
        assertThat(outbox.find(id).orElseThrow().nextAttemptAt()).isEqualTo(now.plusSeconds(120));
        outbox.fail(id, "gave-up", "Connection refused");
        var failed = outbox.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(outbox.retryNow(id, now)).isTrue();
        assertThat(outbox.due(now, 10_000)).contains(id);
    }

    @Test
    void notificationsAreStoredOnceAndMarkedReadByTheirOwnerOnly() {
        var key = "store:" + UUID.randomUUID();
        var recipient = new Recipient("store-user", "store-user", null, "Store", null, "fr");
        var now = Instant.now();

        assertThat(store.add(
                        new NotificationStore.NewNotification(
                                key, recipient, "pair.stalled", "pair", "Titre", "Corps", null),
                        now))
                .isTrue();
        assertThat(store.add(
                        new NotificationStore.NewNotification(
                                key, recipient, "pair.stalled", "pair", "Titre", "Corps", null),
                        now))
                .isFalse();
        var row = store.latest("store-user", null, 10).get(0);

        assertThat(store.markRead(row.id(), "someone-else", "E-SOMEONE-ELSE", now))
                .isFalse();
        assertThat(store.unread("store-user", null)).isEqualTo(1);
        assertThat(store.markRead(row.id(), "store-user", null, now)).isTrue();
        assertThat(store.unread("store-user", null)).isZero();
    }

    @Test
    void preferencesKeepOnlyTheChosenCategories() {
        preferences.choose("prefs-user", List.of("session", "digest"));

        assertThat(preferences.wants("prefs-user", "session")).isTrue();
        assertThat(preferences.wants("prefs-user", "announcement")).isFalse();
        assertThat(preferences.turnedOff("prefs-user"))
                .contains("announcement", "reminder")
                .doesNotContain("digest");
        assertThat(preferences.wants(null, "announcement")).isTrue();
    }

    @Test
    void announcementsRoundTripAndPublishOnce() {
        var title = "Round trip " + UUID.randomUUID();
        var later = Instant.now().plus(1, ChronoUnit.DAYS);
        long programme = announcements.programmes().keySet().iterator().next();
        var scheduled = announcements.publish(
                new NewAnnouncement(title, "<p>Texte</p>", Audience.MENTORS, programme, true, later, "admin"));

        assertThat(scheduled.published()).isFalse();
        assertThat(scheduled.programmeId()).isEqualTo(programme);
        assertThat(announcements.publishDue(later.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(announcements.publishDue(later.plusSeconds(2))).isZero();
        assertThat(announcements.forProgramme(programme))
                .extracting(AnnouncementView::title)
                .contains(title);
        assertThat(announcements.visibleTo(TestUsers.withRoles(Role.ADMIN)))
                .extracting(AnnouncementView::title)
                .contains(title);
        assertThat(announcements.visibleTo(TestUsers.withRoles(Role.PARTICIPANT)))
                .as("no AudienceResolver for mentors yet: nobody but administrators")
                .extracting(AnnouncementView::title)
                .doesNotContain(title);
    }

    @Test
    void theDemoHasAnnouncementsAndNotificationsForItsAccounts() {
        assertThat(announcements.all())
                .extracting(AnnouncementView::title)
                .contains("Lancement du mentorat inversé chez Maison Lumière", "Point d’étape pour les sponsors");
        assertThat(store.latest("admin", "ML00020", 50)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(store.latest("mentore", "ML00008", 50))
                .extracting(NotificationStore.Row::title)
                .anyMatch(t -> t.startsWith(copy().frUpToArgument("notification.session.planned.subject")));
        var invitation = jdbc.sql("select a.name from mail_attachment a join mail_outbox o on o.id = a.mail_id"
                        + " where o.idempotency_key = 'demo:session|mentore'")
                .query(String.class)
                .list();
        assertThat(invitation).containsExactly("rencontre.ics");
    }
}
