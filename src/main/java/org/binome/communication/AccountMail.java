package org.binome.communication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.binome.identity.AccountMessages;
import org.binome.identity.Accounts;
import org.springframework.stereotype.Component;

/**
 * Identity's messages about accounts, through the outbox and the notification centre. Links with a secret (invitation,
 * reset) are e-mailed only: the notification centre never shows them, and the outbox hides and then drops their text.
 */
@Component
class AccountMail implements AccountMessages {

    private final Postman postman;
    private final Texts texts;
    private final Notifications notifications;
    private final Accounts accounts;

    AccountMail(Postman postman, Texts texts, Notifications notifications, Accounts accounts) {
        this.postman = postman;
        this.texts = texts;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @Override
    public void sendLink(
            String username, String template, String path, Map<String, Object> params, String idempotencyKey) {
        postman.deliver(letter(username, template, path, params, idempotencyKey));
    }

    @Override
    public void sendLinks(String template, Map<String, Object> params, List<Link> links) {
        postman.deliverAll(links.stream()
                .map(link -> letter(link.username(), template, link.path(), params, link.idempotencyKey()))
                .toList());
    }

    private Letter letter(
            String username, String template, String path, Map<String, Object> params, String idempotencyKey) {
        return new Letter(username, template, idempotencyKey, false, true, path, List.of(), recipient -> {
            var locale = recipient.language();
            var subject = texts.fill("notification." + template + ".subject", params, locale);
            var body = texts.fill("notification." + template + ".body", params, locale);
            var variables = new HashMap<String, Object>();
            variables.put("paragraphs", Notifications.paragraphs(body));
            variables.put("action", texts.message("notification." + template + ".action", locale));
            return new Letter.Content(subject, body, "notification", variables);
        });
    }

    @Override
    public void tell(String username, String template, Map<String, Object> params, String link) {
        var notification = Notification.of(username, template, params);
        notifications.notify(link == null ? notification : notification.withLink(link));
    }

    @Override
    public void tellAdministrators(String template, Map<String, Object> params, String link, String idempotencyKey) {
        var notification = Notification.of("admin", template, params).withIdempotencyKey(idempotencyKey);
        notifications.notify(accounts.administrators(), link == null ? notification : notification.withLink(link));
    }
}
