package org.binome.training;

/** A training or circle rule said no; the message key explains why, the status is the HTTP answer. */
class TrainingException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final transient Object[] arguments;

    TrainingException(String messageKey, int status, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = arguments;
    }

    static TrainingException notFound() {
        return new TrainingException("training.error.notFound", 404);
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
