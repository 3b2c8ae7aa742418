package org.binome.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.binome.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail end to end against a real SMTP server in the JVM (GreenMail): language, content, attachments, an outage,
 * duplicates, bad addresses and broken templates, reminders and the sponsor digest.
 *
 * <p>Over 400 lines: one SMTP server in the JVM and one application context for every way an e-mail can go (or go
 * wrong); a second class would start both again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(MailDeliveryTests.Sources.class)
@EnableScenarios
class MailDeliveryTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    static final int PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail smtp = new GreenMail(SMTP);

    static final byte[] ICS = String.join(
                    "\r\n",
                    "BEGIN:VCALENDAR",
                    "VERSION:2.0",
                    "PRODID:-//Binome//Tests//FR",
                    "BEGIN:VEVENT",
                    "UID:session-42@binome",
                    "DTSTART:20261203T113000Z",
                    "DTEND:20261203T123000Z",
                    "SUMMARY:Rencontre",
                    "END:VEVENT",
                    "END:VCALENDAR",
                    "")
            .getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        // As in production: a shorter read timeout on a loaded build machine can expire after GreenMail has stored a
        // message, and the retry then delivers it a second time (SMTP itself is at-least-once).
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "10000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "10000");
    }

    @BeforeAll
    static void startServer() {
        smtp.start();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sources sources;

    @Autowired
    ReminderRun reminders;

    @Autowired
    MailPreferences preferences;

    @Autowired
    SponsorDigests digests;

    @Autowired
    Announcements announcements;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void accountsInBothLanguages() {
        TestAccounts.account()
                .username("claire")
                .email("claire.dupont@example.org")
                .locale("fr")
                .openOnceIn(accounts);
        TestAccounts.account()
                .username("john")
                .email("john.smith@example.org")
                .locale("en")
                .openOnceIn(accounts);
        TestAccounts.account()
                .username("broken")
                .email("not an address@")
                .locale("fr")
                .openOnceIn(accounts);
        sources.reminders.clear();
        sources.digests.clear();
    }

    @Test
    void eachRecipientReadsTheMessageInTheirLanguageAsHtmlWithATextAlternativeAndTheInvitation() throws Exception {
        var key = "session-planned:" + UUID.randomUUID();
        var when = ZonedDateTime.of(2026, 12, 3, 12, 30, 0, 0, ZoneId.of("Europe/Paris"));
        var planned = Notification.of(
                        "claire", "session.planned", Map.of("partner", "Inès Benali", "date", when, "place", "Lyon"))
                .withLink("/me")
                .withAttachments(Attachment.calendar("rencontre.ics", ICS))
                .withIdempotencyKey(key);

        notifications.notify(List.of("claire", "john"), planned);
        sendAllDue();

        var french = receivedBy("claire.dupont@example.org", key);
        assertThat(french.getSubject()).isEqualTo("Rencontre prévue le jeudi 3 décembre 2026 à 12h30");
        assertThat(text(french, "text/plain"))
                .contains("Bonjour Test claire,")
                .contains("Votre rencontre avec Inès Benali est prévue le jeudi 3 décembre 2026 à 12h30 (Lyon).")
                .contains("http://localhost:8080/me");
        assertThat(text(french, "text/html"))
                .contains("<html lang=\"fr\">")
                .contains(copy().fr("mail.open"))
                .contains("href=\"http://localhost:8080/me\"");
        var invitation = attachment(french, "rencontre.ics");
        assertThat(invitation.getContentType()).startsWith("text/calendar");
        assertThat(new String(invitation.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("UID:session-42@binome");

        var english = receivedBy("john.smith@example.org", key);
        assertThat(english.getSubject()).isEqualTo("Session planned on Thursday, December 3, 2026 at 12:30 PM");
        assertThat(text(english, "text/plain")).contains("Hello Test john,").contains("The invitation is attached");
        assertThat(text(english, "text/html")).contains("<html lang=\"en\">").contains("Open in Binôme");
        assertThat(attachment(english, "rencontre.ics")).isNotNull();
        assertThat(status(key + "|claire")).isEqualTo("SENT");
    }

    @Test
    void theSenderNameArrivesAsWrittenInTheSettingsEncodedForEveryMailReader() throws Exception {
        var key = "sender:" + UUID.randomUUID();
        notifications.notify(Notification.of("claire", "application.accepted", Map.of("programme", "Expéditeur"))
                .withIdempotencyKey(key));
        sendAllDue();

        var mail = receivedBy("claire.dupont@example.org", key);
        // The raw header is 7-bit: the accented display name is an RFC 2047 encoded word, never raw UTF-8 bytes.
        assertThat(mail.getHeader("From")).containsExactly("=?UTF-8?Q?Bin=C3=B4me?= <binome@localhost>");
        var from = (jakarta.mail.internet.InternetAddress) mail.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Binôme");
        assertThat(from.getAddress()).isEqualTo("binome@localhost");
    }

    @Test
    void anEmailWaitsWhileTheMailServerIsDownAndLeavesOnceItIsBack() throws Exception {
        var key = "outage:" + UUID.randomUUID();
        sendAllDue();
        smtp.stop();
        try {
            notifications.notify(Notification.of("claire", "application.accepted", Map.of("programme", "Panne"))
                    .withIdempotencyKey(key));
            var now = Instant.now();

            delivery.sendDue(now);

            var waiting = row(key + "|claire");
            assertThat(waiting.get("status")).isEqualTo("PENDING");
            assertThat(waiting.get("attempts")).isEqualTo(1);
            assertThat(waiting.get("error_code")).isEqualTo("server");
            assertThat((String) waiting.get("last_error")).isNotBlank();
            assertThat(nextAttempt(key + "|claire")).isAfter(now.plusSeconds(30));
            delivery.sendDue(now.plus(2, ChronoUnit.MINUTES));
            assertThat(row(key + "|claire").get("attempts"))
                    .as("second attempt, doubled wait")
                    .isEqualTo(2);
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }

        delivery.sendDue(Instant.now());
        assertThat(status(key + "|claire")).as("not due yet").isEqualTo("PENDING");
        delivery.sendDue(Instant.now().plus(10, ChronoUnit.MINUTES));

        assertThat(status(key + "|claire")).isEqualTo("SENT");
        var mail = receivedBy("claire.dupont@example.org", key);
        assertThat(mail.getSubject()).isEqualTo("Votre candidature au programme Panne est acceptée");
        assertThat(mail.getHeader("X-Binome-Outbox-Id"))
                .as("the outbox row it was sent from")
                .containsExactly(String.valueOf(row(key + "|claire").get("id")));
    }

    @Test
    void oneEventNeverProducesTwoEmails() throws Exception {
        var key = "accepted:" + UUID.randomUUID();
        var accepted = Notification.of("john", "application.accepted", Map.of("programme", "Once"))
                .withIdempotencyKey(key);

        notifications.notify(accepted);
        notifications.notify(accepted);
        transactions.executeWithoutResult(tx -> events.publishEvent(accepted));
        sendAllDue();
        notifications.notify(accepted);
        sendAllDue();

        assertThat(allReceivedBy("john.smith@example.org", key)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notification where idempotency_key = ?")
                        .param(key + "|john")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNotificationPublishedAsAnEventArrivesAfterTheCommit(Scenario scenario) throws Exception {
        var key = "event:" + UUID.randomUUID();
        scenario.publish(Notification.of("claire", "application.accepted", Map.of("programme", "Événement"))
                        .withIdempotencyKey(key))
                .andWaitForStateChange(() -> exists(key + "|claire"))
                .andVerify(stored -> assertThat(stored).isTrue());
        sendAllDue();

        assertThat(receivedBy("claire.dupont@example.org", key).getSubject()).contains("Événement");
    }

    @Test
    void anInvalidAddressFailsForGoodWithAClearErrorForAdministrators() throws Exception {
        var key = "invalid:" + UUID.randomUUID();
        notifications.notify(Notification.of("broken", "application.accepted", Map.of("programme", "X"))
                .withIdempotencyKey(key));
        sendAllDue();

        var failed = row(key + "|broken");
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("error_code")).isEqualTo("invalid-address");
        assertThat(failed.get("last_error")).isEqualTo("not an address@");
        assertThat(failed.get("subject"))
                .as("the outbox names the e-mail by its subject")
                .isEqualTo("Votre candidature au programme X est acceptée");
        assertThat(exists(key + "|broken"))
                .as("the in-app notification is still there")
                .isTrue();

        var page = mvc.perform(get("/admin/outbox?status=FAILED").with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(copy().fr("outbox.error.invalid-address")).contains("not an address@");
    }

    @Test
    void aTemplateMissingAValueIsRecordedAsAnErrorAndTheOtherEmailsStillLeave() throws Exception {
        var key = "missing:" + UUID.randomUUID();
        notifications.notify(Notification.of("claire", "session.planned", Map.of("partner", "Inès"))
                .withIdempotencyKey(key));
        notifications.notify(
                Notification.of("claire", "no.such-template", Map.of()).withIdempotencyKey(key + "-unknown"));
        notifications.notify(Notification.of("claire", "application.accepted", Map.of("programme", "Suite"))
                .withIdempotencyKey(key + "-next"));

        sendAllDue();
        sendAllDue();

        var failed = row(key + "|claire");
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("error_code")).isEqualTo("template");
        assertThat((String) failed.get("last_error")).contains("{date}").contains("session.planned");
        assertThat((String) row(key + "-unknown|claire").get("last_error"))
                .contains("notification.no.such-template.subject");
        assertThat(jdbc.sql("select title from notification where idempotency_key = ?")
                        .param(key + "|claire")
                        .query(String.class)
                        .single())
                .isEqualTo(copy().frText("notification.fallback.title"));
        assertThat(receivedBy("claire.dupont@example.org", key + "-next")).isNotNull();
    }

    @Test
    void dueRemindersAreSentOnceEvenWhenTheJobRunsTwiceAndABrokenSourceStopsNothing() throws Exception {
        var key = "reminder.session-tomorrow:" + UUID.randomUUID();
        sources.reminders.add(new Reminder(
                "claire",
                "reminder.session-tomorrow",
                Map.of("partner", "Inès", "date", LocalDate.of(2026, 11, 28), "place", "Visio"),
                "/me",
                List.of(Attachment.calendar("rencontre.ics", ICS)),
                key));

        // Other sources (the pairs' nudges and reviews) hand over theirs too; a second run hands over the same.
        var handedOver = reminders.run(LocalDate.of(2026, 11, 27));
        assertThat(handedOver).isPositive();
        assertThat(reminders.run(LocalDate.of(2026, 11, 27))).isEqualTo(handedOver);
        sendAllDue();

        var mails = allReceivedBy("claire.dupont@example.org", key);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Rappel : rencontre demain avec Inès");
        assertThat(attachment(mails.get(0), "rencontre.ics")).isNotNull();
    }

    /**
     * The morning's reminders go a chunk at a time: the same notifications and e-mails as one by one, for a reader in
     * French, one in English who turned reminders off, one with a broken address, an employee without an account and
     * nobody at all; each key once, and nothing more when they are handed over again.
     */
    @Test
    void manyNotificationsTogetherGiveWhatOneByOneGives() {
        var withoutAccount = jdbc.sql("select employee_number from person where email is not null and employee_number"
                        + " not in (select employee_number from user_account where employee_number is not null)"
                        + " order by employee_number limit 1")
                .query(String.class)
                .single();
        preferences.choose(
                "john",
                MailCategory.ALL.stream().filter(c -> !"reminder".equals(c)).toList());
        try {
            var together = "together-" + UUID.randomUUID();
            var oneByOne = "one-by-one-" + UUID.randomUUID();
            var nobody = "nobody-" + UUID.randomUUID();
            java.util.function.Function<String, List<Notification>> notificationsOf = prefix -> List.of(
                    reminder("claire", prefix + ":a"),
                    reminder("claire", prefix + ":a"),
                    reminder("john", prefix + ":b"),
                    reminder("broken", prefix + ":c"),
                    reminder(withoutAccount, prefix + ":d"),
                    reminder(nobody, prefix + ":e"));
            assertThat(notifications.notifyMany(notificationsOf.apply(together)))
                    .isEqualTo(6);
            notificationsOf.apply(oneByOne).forEach(notifications::notify);

            assertThat(stored("notification", together))
                    .isEqualTo(stored("notification", oneByOne))
                    .containsExactlyInAnyOrder(
                            "claire|Rappel : rencontre demain avec Inès",
                            "john|Reminder: session with Inès tomorrow",
                            "broken|Rappel : rencontre demain avec Inès",
                            withoutAccount + "|Rappel : rencontre demain avec Inès");
            assertThat(stored("mail_outbox", together))
                    .isEqualTo(stored("mail_outbox", oneByOne))
                    .containsExactlyInAnyOrder(
                            "claire.dupont@example.org|PENDING|null|Rappel : rencontre demain avec Inès",
                            "not an address@|FAILED|invalid-address|Rappel : rencontre demain avec Inès",
                            jdbc.sql("select email from person where employee_number = ?")
                                            .param(withoutAccount)
                                            .query(String.class)
                                            .single()
                                    + "|PENDING|null|Rappel : rencontre demain avec Inès",
                            "null|FAILED|unknown-recipient|reminder.session-tomorrow");

            notifications.notifyMany(notificationsOf.apply(together));
            assertThat(stored("notification", together)).as("each key once").hasSize(4);
            assertThat(stored("mail_outbox", together)).hasSize(4);
        } finally {
            preferences.choose("john", MailCategory.ALL);
        }
    }

    /**
     * A notification the database refuses (for an unknown recipient so long that the e-mail's key, the notification's
     * key and the recipient, exceeds the outbox's column) rolls its whole chunk back; the chunk is then handed over one
     * notification at a time, so the others still arrive, each once, and the refused one leaves nothing half-written.
     */
    @Test
    void aNotificationTheDatabaseRefusesNeverStopsTheOthersOfItsChunk() {
        var prefix = "chunk-" + UUID.randomUUID();
        var refused = reminder("x".repeat(280), prefix + ":b");

        var handed = notifications.notifyMany(
                List.of(reminder("claire", prefix + ":a"), refused, reminder("claire", prefix + ":c")));

        assertThat(handed).isEqualTo(2);
        assertThat(stored("notification", prefix))
                .containsExactly(
                        "claire|Rappel : rencontre demain avec Inès", "claire|Rappel : rencontre demain avec Inès");
        assertThat(stored("mail_outbox", prefix))
                .containsExactly(
                        "claire.dupont@example.org|PENDING|null|Rappel : rencontre demain avec Inès",
                        "claire.dupont@example.org|PENDING|null|Rappel : rencontre demain avec Inès");
        assertThat(jdbc.sql("select count(*) from mail_outbox where idempotency_key like ?")
                        .param(prefix + ":b%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static Notification reminder(String recipient, String key) {
        return new Reminder(
                        recipient,
                        "reminder.session-tomorrow",
                        Map.of("partner", "Inès", "date", LocalDate.of(2026, 11, 28), "place", "Visio"),
                        "/me",
                        List.of(),
                        key)
                .toNotification();
    }

    /** What was stored under keys starting with this prefix, one line a row, keys left out. */
    private List<String> stored(String table, String prefix) {
        var sql = "notification".equals(table)
                ? "select coalesce(recipient_username, recipient_employee_number) || '|' || title"
                        + " from notification where idempotency_key like ?"
                : "select coalesce(recipient_address, 'null') || '|' || status || '|' || coalesce(error_code, 'null')"
                        + " || '|' || subject from mail_outbox where idempotency_key like ?";
        return jdbc.sql(sql).param(prefix + ":%").query(String.class).list().stream()
                .sorted()
                .toList();
    }

    @Test
    void eachSponsorReceivesOneMonthlyDigestCoveringTheirProgrammesInTheirLanguage() throws Exception {
        var month = YearMonth.of(2000 + (int) (Math.random() * 900), 10);
        sources.digests.add(new ProgrammeDigest(1, "Programme Alpha", List.of("john", "claire"), 12, 5, 17, 1, "/p/1"));
        sources.digests.add(new ProgrammeDigest(2, "Programme Beta", List.of("john"), 3, 2, 4, 0, null));

        // Real programmes' sponsors (the demo's) get theirs too; sending twice still gives each one e-mail (below).
        assertThat(digests.send(month)).isGreaterThanOrEqualTo(2);
        digests.send(month);
        sendAllDue();

        var english = allReceivedBy("john.smith@example.org", "digest:" + month);
        assertThat(english).hasSize(1);
        assertThat(english.get(0).getSubject()).isEqualTo("Reverse mentoring in October " + month.getYear());
        assertThat(text(english.get(0), "text/plain"))
                .contains("Programme Alpha")
                .contains("Programme Beta")
                .contains("Sessions this month : 17")
                .contains("Pairs to follow up (month end) : 1")
                .as("each programme links to its impact dashboard")
                .contains("Impact dashboard : http")
                .contains("/p/1");
        var french = allReceivedBy("claire.dupont@example.org", "digest:" + month);
        assertThat(french).hasSize(1);
        assertThat(text(french.get(0), "text/html"))
                .contains("Programme Alpha")
                .contains(copy().fr("mail.digest.activePairs"))
                .doesNotContain("Programme Beta");
    }

    @Test
    void anAnnouncementIsEmailedSanitisedToItsAudience() throws Exception {
        var title = "Annonce " + UUID.randomUUID();
        var published = announcements.publish(new NewAnnouncement(
                title,
                "<p onclick=\"steal()\">Bienvenue <b>à tous</b></p><script>alert('x')</script>",
                Audience.ALL_EMPLOYEES,
                null,
                true,
                null,
                "admin"));
        sendAllDue();
        sendAllDue();

        assertThat(published.bodyHtml()).isEqualTo("<p>Bienvenue <b>à tous</b></p>");
        var mail = allReceivedBy("john.smith@example.org", "announcement:" + published.id());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo(title);
        assertThat(text(mail.get(0), "text/html"))
                .contains("<p>Bienvenue <b>à tous</b></p>")
                .doesNotContain("script")
                .doesNotContain("onclick");
        assertThat(text(mail.get(0), "text/plain")).contains("Bienvenue à tous");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private MimeMessage receivedBy(String address, String key) throws Exception {
        var mails = allReceivedBy(address, key);
        assertThat(mails).as("e-mails for %s of %s", address, key).hasSize(1);
        return mails.get(0);
    }

    /** The messages GreenMail received for this address whose outbox row has this idempotency key. */
    private List<MimeMessage> allReceivedBy(String address, String key) throws Exception {
        var subjects = jdbc.sql("select subject from mail_outbox where idempotency_key like ?")
                .param(key + "|%")
                .query(String.class)
                .list();
        var found = new ArrayList<MimeMessage>();
        for (var message : smtp.getReceivedMessages()) {
            var to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
            if (to.contains(address) && subjects.contains(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }

    private Map<String, Object> row(String key) {
        return jdbc.sql("select id, status, attempts, error_code, last_error, next_attempt_at, subject from mail_outbox"
                        + " where idempotency_key = ?")
                .param(key)
                .query()
                .singleRow();
    }

    private Instant nextAttempt(String key) {
        return jdbc.sql("select next_attempt_at from mail_outbox where idempotency_key = ?")
                .param(key)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .single();
    }

    private String status(String key) {
        return (String) row(key).get("status");
    }

    private boolean exists(String notificationKey) {
        return jdbc.sql("select count(*) from notification where idempotency_key = ?")
                        .param(notificationKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String text(Part part, String type) throws Exception {
        for (var p : parts(part)) {
            if (p.isMimeType(type) && p.getFileName() == null) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static Part attachment(Part part, String name) throws Exception {
        for (var p : parts(part)) {
            if (name.equals(p.getFileName())) {
                return p;
            }
        }
        throw new AssertionError("no attachment " + name);
    }

    private static List<Part> parts(Part part) throws Exception {
        var all = new ArrayList<Part>();
        all.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        }
        return all;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stand-ins for the modules that will provide reminders and digests. */
    @TestConfiguration
    static class Sources {

        final List<Reminder> reminders = new CopyOnWriteArrayList<>();
        final List<ProgrammeDigest> digests = new CopyOnWriteArrayList<>();

        @Bean
        ReminderSource testReminders() {
            return today -> List.copyOf(reminders);
        }

        @Bean
        ReminderSource brokenReminders() {
            return today -> {
                throw new IllegalStateException("this source is broken");
            };
        }

        @Bean
        DigestSource testDigests() {
            return month -> List.copyOf(digests);
        }
    }

    /** Other modules' demo data leave many e-mails waiting: send batches until the outbox has nothing due. */
    private void sendAllDue() {
        for (int batch = 0; batch < 100 && delivery.sendDue() > 0; batch++) {
            // keep sending
        }
    }
}
