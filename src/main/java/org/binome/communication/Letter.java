package org.binome.communication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One message for one recipient, before it is written in their language: what {@link Postman} delivers.
 *
 * @param content writes the message for the resolved recipient (in their language); may throw when a text or a value
 *     is missing, which is recorded instead of delivered
 */
record Letter(
        String recipient,
        String template,
        String key,
        boolean inApp,
        boolean email,
        String link,
        List<Attachment> attachments,
        Function<Recipient, Content> content) {

    /** The message written for one reader: in-app title and body, and the e-mail view with its variables. */
    record Content(String subject, String body, String view, Map<String, Object> variables) {}
}
