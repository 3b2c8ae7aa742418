package org.binome.mentorships;

/** A mentorship rule said no; the message key explains why, the status is the HTTP answer. */
class MentorshipRuleException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final transient Object[] arguments;

    MentorshipRuleException(String messageKey, int status, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = arguments;
    }

    static MentorshipRuleException notFound() {
        return new MentorshipRuleException("mentorships.error.notFound", 404);
    }

    static MentorshipRuleException forbidden() {
        return new MentorshipRuleException("mentorships.error.forbidden", 403);
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
