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

    private final Postman postman;
    private final Texts texts;

    Notifications(Postman postman, Texts texts) {
        this.postman = postman;
        this.texts = texts;
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
