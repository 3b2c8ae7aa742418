package org.binome.communication;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Something to tell one person: shown in their notification centre and, unless they opted out of its category or
 * {@code email} is false, e-mailed to them in their language.
 *
 * @param recipient the person's employee number (e.g. {@code ML00022}) or account username
 * @param template the message kind, e.g. {@code session.planned}: its texts are the messages
 *     {@code notification.<template>.subject} and {@code .body} in {@code messages/communication_*.properties}, with
 *     named placeholders such as {@code {date}}; the first segment ({@code session}) is the e-mail category a person
 *     can turn off
 * @param params the values for the placeholders (dates and numbers are written in the recipient's language)
 * @param link where the notification leads, a path inside Binôme such as {@code /me/mentorships/12}, or null
 * @param attachments files sent with the e-mail (e.g. an {@code .ics} invitation)
 * @param email whether to e-mail it as well as showing it in the application
 * @param idempotencyKey identifies the event behind the notification (e.g. {@code session-planned:42}): the same key
 *     never produces a second notification or e-mail for the same person; null means "always a new one"
 */
public record Notification(
        String recipient,
        String template,
        Map<String, Object> params,
        String link,
        List<Attachment> attachments,
        boolean email,
        String idempotencyKey) {

    private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public Notification {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A notification needs a recipient");
        }
        recipient = recipient.trim();
        if (template == null || !TEMPLATE.matcher(template).matches() || template.length() > 100) {
            throw new IllegalArgumentException("Template keys look like 'session.planned', not '" + template + "'");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
            throw new IllegalArgumentException("A notification links to a path inside Binôme, such as /me");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
        }
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A notification shown in the application and e-mailed, with no link, attachment or idempotency key yet. */
    public static Notification of(String recipient, String template, Map<String, Object> params) {
        return new Notification(recipient, template, params, null, List.of(), true, null);
    }

    public Notification withLink(String path) {
        return new Notification(recipient, template, params, path, attachments, email, idempotencyKey);
    }

    public Notification withAttachments(Attachment... files) {
        return new Notification(recipient, template, params, link, List.of(files), email, idempotencyKey);
    }

    public Notification withIdempotencyKey(String key) {
        return new Notification(recipient, template, params, link, attachments, email, key);
    }

    /** Shown in the application only, never e-mailed. */
    public Notification inAppOnly() {
        return new Notification(recipient, template, params, link, attachments, false, idempotencyKey);
    }

    /** The same notification for someone else (the idempotency key stays: it is kept per recipient). */
    public Notification to(String otherRecipient) {
        return new Notification(otherRecipient, template, params, link, attachments, email, idempotencyKey);
    }

    /** The e-mail category a person may turn off: the template's first segment. */
    public String category() {
        return template.substring(0, template.indexOf('.'));
    }
}
