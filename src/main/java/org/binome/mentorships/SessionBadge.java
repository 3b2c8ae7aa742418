package org.binome.mentorships;

/**
 * How a session shows in a list or on its own page: cancelled, logged, past and waiting for its log, or planned. The
 * one rule for the badge's words and colour (the pair page's list and the session page each spelled it out, and the
 * session page gave a session waiting for its log the colour of a planned one).
 */
enum SessionBadge {
    CANCELLED("session-cancelled", "mentorships.session.cancelled"),
    LOGGED("session-logged", "mentorships.session.logged"),
    TO_LOG("session-tolog", "mentorships.session.toLog"),
    PLANNED("session-planned", "mentorships.session.planned");

    private final String cssClass;
    private final String messageKey;

    SessionBadge(String cssClass, String messageKey) {
        this.cssClass = cssClass;
        this.messageKey = messageKey;
    }

    static SessionBadge of(boolean cancelled, boolean logged, boolean past) {
        if (cancelled) {
            return CANCELLED;
        }
        if (logged) {
            return LOGGED;
        }
        return past ? TO_LOG : PLANNED;
    }

    /** The badge's colour, a class of {@code binome.css}. */
    public String cssClass() {
        return cssClass;
    }

    /** The key of the badge's words. */
    public String messageKey() {
        return messageKey;
    }
}
