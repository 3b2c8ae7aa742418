package org.binome.programs;

/** A programme rule said no; the message key explains why to the person, the status is the HTTP answer. */
class ProgramRuleException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final transient Object[] arguments;

    ProgramRuleException(String messageKey, int status, Object... arguments) {
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
