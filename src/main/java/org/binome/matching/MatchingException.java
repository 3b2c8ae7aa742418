package org.binome.matching;

/** A matching rule said no; the message key explains why, the status is the HTTP answer. */
class MatchingException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final transient Object[] arguments;

    MatchingException(String messageKey, int status, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    int status() {
        return status;
    }

    Object[] arguments() {
        return arguments;
    }
}
