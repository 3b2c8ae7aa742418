package org.binome.communication;

import java.util.List;
import java.util.Map;

/**
 * A reminder that is due, returned by a {@link ReminderSource}: "your session is tomorrow", "log your last session",
 * "write your objectives", "your review is due"…
 *
 * @param recipient employee number or username
 * @param template e.g. {@code reminder.session-tomorrow} (texts as for {@link Notification})
 * @param params placeholder values
 * @param link a path inside Binôme, or null
 * @param attachments e.g. the session's {@code .ics}
 * @param idempotencyKey required: the same reminder is never sent twice, e.g.
 *     {@code reminder.session-tomorrow:session-42:2026-11-27}
 */
public record Reminder(
        String recipient,
        String template,
        Map<String, Object> params,
        String link,
        List<Attachment> attachments,
        String idempotencyKey) {

    public Reminder {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A reminder needs an idempotency key, so that it is sent only once");
        }
    }

    public static Reminder of(String recipient, String template, Map<String, Object> params, String idempotencyKey) {
        return new Reminder(recipient, template, params, null, List.of(), idempotencyKey);
    }

    public Notification toNotification() {
        return new Notification(recipient, template, params, link, attachments, true, idempotencyKey);
    }
}
