package org.binome.communication;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a {@link Letter}: an in-app notification and/or an e-mail put in the outbox, both in the caller's
 * transaction. Nothing here throws for a bad recipient or a broken template: the problem is recorded in the outbox,
 * where administrators see it, so an event listener never loops on it.
 */
@Component
class Postman {

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    private final Recipients recipients;
    private final NotificationStore notifications;
    private final Outbox outbox;
    private final MailPreferences preferences;
    private final MailTemplates templates;
    private final Texts texts;
    private final Clock clock;
    private final String sender;
    private final String baseUrl;

    Postman(
            Recipients recipients,
            NotificationStore notifications,
            Outbox outbox,
            MailPreferences preferences,
            MailTemplates templates,
            Texts texts,
            Clock clock,
            @Value("${binome.mail.from:Binôme <binome@localhost>}") String sender,
            @Value("${binome.base-url:http://localhost:8080}") String baseUrl) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.outbox = outbox;
        this.preferences = preferences;
        this.templates = templates;
        this.texts = texts;
        this.clock = clock;
        this.sender = sender;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String absolute(String path) {
        return path == null ? null : baseUrl + path;
    }

    @Transactional
    void deliver(Letter letter) {
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var category = MailCategory.of(letter.template());
        var baseKey = letter.key() == null ? UUID.randomUUID().toString() : letter.key();
        var found = recipients.resolve(letter.recipient());
        if (found.isEmpty()) {
            log.warn("No account or employee '{}' for a '{}' message", letter.recipient(), letter.template());
            if (letter.email()) {
                outbox.add(
                        failed(baseKey + "|" + letter.recipient(), letter, category, letter.recipient(), null, "fr")
                                .with("unknown-recipient", letter.recipient()),
                        now);
            }
            return;
        }
        var recipient = found.get();
        var key = baseKey + "|" + recipient.key();
        Letter.Content content = null;
        String problem = null;
        try {
            content = letter.content().apply(recipient);
        } catch (RuntimeException e) {
            problem = e.getMessage();
            log.warn("Message '{}' for '{}' could not be written: {}", letter.template(), recipient.key(), problem);
        }
        if (letter.inApp()) {
            notifications.add(notification(letter, category, key, recipient, content), now);
        }
        if (!letter.email()
                || !(MailCategory.ACCOUNT.equals(category) || preferences.wants(recipient.username(), category))
                || outbox.exists(key)) {
            return;
        }
        outbox.add(mail(letter, category, key, recipient, content, problem), now);
    }

    /**
     * Delivers many letters without attachments, each with an idempotency key (a bulk invitation's chunk, a morning's
     * reminders), with a few queries for them all: their recipients, the notification and e-mail keys already stored,
     * the readers who turned their categories off, then one JDBC batch of notifications and one of e-mails. The rules
     * are those of {@link #deliver} one by one (each key delivered once, each reader's language and preferences,
     * failures recorded in the outbox). Other letters, and letters to nobody known, go through {@link #deliver}.
     */
    @Transactional
    void deliverAll(java.util.List<Letter> letters) {
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var parts = letters.stream()
                .collect(java.util.stream.Collectors.partitioningBy(
                        l -> l.attachments().isEmpty() && l.key() != null));
        parts.get(false).forEach(this::deliver);
        var batch = parts.get(true);
        var found = recipients.resolveAll(
                batch.stream().map(Letter::recipient).distinct().toList());
        var addressed = new java.util.ArrayList<Addressed>();
        for (var letter : batch) {
            var recipient = found.get(letter.recipient());
            if (recipient == null) {
                deliver(letter); // records the unknown recipient, as one by one
            } else {
                addressed.add(new Addressed(
                        letter, recipient, letter.key() + "|" + recipient.key(), MailCategory.of(letter.template())));
            }
        }
        var mailed = outbox.existing(addressed.stream()
                .filter(a -> a.letter().email())
                .map(Addressed::key)
                .toList());
        var turnedOff = new java.util.HashMap<String, java.util.Set<String>>();
        addressed.stream()
                .filter(a -> a.letter().email() && !MailCategory.ACCOUNT.equals(a.category()))
                .collect(java.util.stream.Collectors.groupingBy(
                        Addressed::category,
                        java.util.stream.Collectors.mapping(
                                a -> a.recipient().username(), java.util.stream.Collectors.toSet())))
                .forEach((category, usernames) -> turnedOff.put(category, preferences.turnedOff(usernames, category)));
        var notes = new java.util.ArrayList<NotificationStore.NewNotification>();
        var mails = new java.util.ArrayList<Outbox.NewMail>();
        for (var a : addressed) {
            var letter = a.letter();
            var recipient = a.recipient();
            boolean mail = letter.email()
                    && (MailCategory.ACCOUNT.equals(a.category())
                            || recipient.username() == null
                            || !turnedOff.get(a.category()).contains(recipient.username()))
                    && mailed.add(a.key());
            if (!letter.inApp() && !mail) {
                continue;
            }
            Letter.Content content = null;
            String problem = null;
            try {
                content = letter.content().apply(recipient);
            } catch (RuntimeException e) {
                problem = e.getMessage();
                log.warn("Message '{}' for '{}' could not be written: {}", letter.template(), recipient.key(), problem);
            }
            if (letter.inApp()) {
                notes.add(notification(letter, a.category(), a.key(), recipient, content));
            }
            if (mail) {
                mails.add(mail(letter, a.category(), a.key(), recipient, content, problem));
            }
        }
        notifications.addAll(notes, now);
        outbox.addAll(mails, now);
    }

    /** A letter on its way to a known reader, under its key for that reader. */
    private record Addressed(Letter letter, Recipient recipient, String key, String category) {}

    /** The in-app notification of a letter: its subject and body, or a neutral title when it could not be written. */
    private NotificationStore.NewNotification notification(
            Letter letter, String category, String key, Recipient recipient, Letter.Content content) {
        var title = content != null
                ? content.subject()
                : texts.message("notification.fallback.title", recipient.language());
        return new NotificationStore.NewNotification(
                key,
                recipient,
                letter.template(),
                category,
                title,
                content != null ? content.body() : "",
                letter.link());
    }

    /** The outbox row of one e-mail: ready to send, or failed with the reason. */
    private Outbox.NewMail mail(
            Letter letter, String category, String key, Recipient recipient, Letter.Content content, String problem) {
        var draft = failed(key, letter, category, recipient.key(), recipient.email(), recipient.locale());
        if (content != null) {
            // an e-mail that cannot leave (no address, a wrong one) shows in the outbox under its own subject
            draft = draft.withSubject(content.subject());
        }
        if (problem != null) {
            return draft.with("template", problem);
        }
        var address = recipient.email();
        if (address == null || address.isBlank()) {
            return draft.with("no-address", recipient.key());
        }
        if (!valid(address)) {
            return draft.with("invalid-address", address);
        }
        MailTemplates.Mail mail;
        try {
            var variables = new HashMap<>(content.variables());
            variables.put("name", recipient.displayName());
            variables.put("link", absolute(letter.link()));
            variables.putIfAbsent("action", null);
            variables.put("preferencesUrl", absolute("/me/notifications/preferences"));
            mail = templates.render(content.view(), content.subject(), variables, recipient.language());
        } catch (RuntimeException e) {
            log.warn(
                    "E-mail '{}' for '{}' could not be rendered: {}",
                    letter.template(),
                    recipient.key(),
                    e.getMessage());
            return draft.with("template", e.getMessage());
        }
        return new Outbox.NewMail(
                key,
                letter.template(),
                category,
                sender,
                recipient.key(),
                address.trim(),
                recipient.locale(),
                mail.subject(),
                mail.html(),
                mail.text(),
                letter.attachments(),
                MailStatus.PENDING,
                null,
                null);
    }

    static boolean valid(String address) {
        try {
            var parsed = new InternetAddress(address.trim(), true);
            parsed.validate();
            var domain = parsed.getAddress().substring(parsed.getAddress().indexOf('@') + 1);
            return parsed.getAddress().contains("@") && !domain.isBlank() && parsed.getPersonal() == null;
        } catch (AddressException e) {
            return false;
        }
    }

    private Draft failed(
            String key, Letter letter, String category, String recipientKey, String address, String locale) {
        return new Draft(key, letter, category, sender, recipientKey, address, locale, letter.template());
    }

    /** A failed e-mail being recorded, so that the failure shows in the outbox. */
    private record Draft(
            String key,
            Letter letter,
            String category,
            String sender,
            String recipientKey,
            String address,
            String locale,
            String subject) {

        Draft withSubject(String newSubject) {
            return new Draft(key, letter, category, sender, recipientKey, address, locale, newSubject);
        }

        Outbox.NewMail with(String errorCode, String error) {
            return new Outbox.NewMail(
                    key,
                    letter.template(),
                    category,
                    sender,
                    recipientKey,
                    address,
                    locale == null ? "fr" : locale,
                    subject,
                    "",
                    "",
                    java.util.List.of(),
                    MailStatus.FAILED,
                    errorCode,
                    error);
        }
    }
}
