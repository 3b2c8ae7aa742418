package org.binome.mentorships;

/**
 * One thing to do next, with the page where to do it. {@code messageKey} is a message of the mentorships bundle that
 * takes the partners' names as its only argument ({@code #{${a.messageKey()}(${a.with()})}}).
 */
record NextAction(NextActionKind kind, long mentorshipId, Long sessionId, ReviewKind review, String with, String link) {

    public String messageKey() {
        return "mentorships.action." + kind.name();
    }
}
