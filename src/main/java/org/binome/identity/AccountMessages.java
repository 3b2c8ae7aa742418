package org.binome.identity;

import java.util.Map;

/**
 * Service provider interface: how identity tells a person something about their account (an invitation, a reset
 * link, a role granted, the account disabled). The communication module implements it as a bean, with its outbox and
 * notification centre; identity cannot call communication directly, since communication reads accounts.
 */
public interface AccountMessages {

    /**
     * E-mails a single-use link to the account's holder, in their language. The link carries a secret, so it is never
     * shown in the application nor kept readable in the outbox once sent.
     *
     * @param username the account's username
     * @param template {@code account.invitation} or {@code account.reset}
     * @param path the link, a path inside Binôme with its token
     * @param idempotencyKey one e-mail per key
     */
    void sendLink(String username, String template, String path, Map<String, Object> params, String idempotencyKey);

    /** One link e-mail of a batch: to whom, the path with its token, and its idempotency key. */
    record Link(String username, String path, String idempotencyKey) {}

    /**
     * The same as {@link #sendLink} for each link, with the same template and parameters, for a chunk of a bulk
     * invitation: an implementation may look the recipients up and write the outbox rows in a few statements.
     */
    default void sendLinks(String template, Map<String, Object> params, java.util.List<Link> links) {
        links.forEach(link -> sendLink(link.username(), template, link.path(), params, link.idempotencyKey()));
    }

    /** Tells the holder in the application and by e-mail, e.g. {@code account.roles-changed}. */
    void tell(String username, String template, Map<String, Object> params, String link);

    /** Tells every programme administrator, in the application and by e-mail. */
    void tellAdministrators(String template, Map<String, Object> params, String link, String idempotencyKey);
}
