package org.binome.communication;

/** Where an e-mail of the outbox stands. */
enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** No mail server is configured (embedded default): kept in the outbox page, never sent. */
    LOCAL,
    /** Will not be sent: an invalid address, a template error, or too many failed attempts. */
    FAILED
}
