package org.binome.communication;

/** An announcement that cannot be published as written; {@link #field()} and {@link #messageKey()} say why. */
public class InvalidAnnouncementException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidAnnouncementException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
