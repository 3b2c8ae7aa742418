package org.binome.communication;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication module's facade for other modules: tell someone something. Call it inside the transaction of
 * the business change (or from an event listener): the in-app notification and the e-mail to send are stored in
 * that same transaction, and the e-mail is delivered later by a job that retries while the mail server is down.
 *
 * <p>Texts come from {@code notification.<template>.subject} and {@code notification.<template>.body} in
 * {@code messages/communication_fr.properties} and {@code _en.properties}, with named placeholders filled from
 * {@link Notification#params()}. A notification never throws for an unknown recipient, an invalid address or a
 * missing value: the problem is recorded in the outbox page for administrators. It throws only for a malformed
 * {@link Notification} (rejected when it is built).
 */
@Service
public class Notifications {

    /** Notifications delivered together by {@link #notifyMany}, in one transaction. */
    static final int CHUNK = 500;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notifications.class);

    private final Postman postman;
    private final Texts texts;
    private final org.springframework.transaction.support.TransactionTemplate chunk;

    Notifications(
            Postman postman, Texts texts, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.postman = postman;
        this.texts = texts;
        this.chunk = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    @Transactional
    public void notify(Notification notification) {
        postman.deliver(letter(notification));
    }

    /** The same notification for several people; with an idempotency key, each of them gets it at most once. */
    @Transactional
    public void notify(Collection<String> recipients, Notification notification) {
        for (var recipient : new LinkedHashSet<>(recipients)) {
            notify(notification.to(recipient));
        }
    }

    /**
     * Many notifications, each with an idempotency key, for a job that runs outside any transaction (the morning
     * reminders, the pairs' "check now"): {@value #CHUNK} at a time, each chunk in a transaction of its own with a few
     * queries and two batches of inserts, where one by one each took some seven statements and a commit. A chunk that
     * fails is rolled back and delivered again one notification at a time, so that one bad notification never stops
     * the others. Returns how many were handed over.
     */
    public int notifyMany(java.util.List<Notification> list) {
        int handed = 0;
        for (int from = 0; from < list.size(); from += CHUNK) {
            var part = list.subList(from, Math.min(list.size(), from + CHUNK));
            try {
                chunk.executeWithoutResult(status ->
                        postman.deliverAll(part.stream().map(this::letter).toList()));
                handed += part.size();
            } catch (RuntimeException e) {
                log.warn(
                        "{} notifications could not be delivered together ({}): one at a time",
                        part.size(),
                        e.toString());
                for (var notification : part) {
                    try {
                        chunk.executeWithoutResult(status -> postman.deliver(letter(notification)));
                        handed++;
                    } catch (RuntimeException one) {
                        log.error("Notification {} could not be recorded", notification.idempotencyKey(), one);
                    }
                }
            }
        }
        return handed;
    }

    private Letter letter(Notification notification) {
        var template = notification.template();
        return new Letter(
                notification.recipient(),
                template,
                notification.idempotencyKey(),
                true,
                notification.email(),
                notification.link(),
                notification.attachments(),
                recipient -> {
                    var locale = recipient.language();
                    var subject = texts.fill("notification." + template + ".subject", notification.params(), locale);
                    var body = texts.fill("notification." + template + ".body", notification.params(), locale);
                    var variables = new HashMap<String, Object>();
                    variables.put("paragraphs", paragraphs(body));
                    return new Letter.Content(subject, body, "notification", variables);
                });
    }

    static List<String> paragraphs(String body) {
        return java.util.Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
