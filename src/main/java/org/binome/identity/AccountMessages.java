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

    /** Tells the holder in the application and by e-mail, e.g. {@code account.roles-changed}. */
    void tell(String username, String template, Map<String, Object> params, String link);

    /** Tells every programme administrator, in the application and by e-mail. */
    void tellAdministrators(String template, Map<String, Object> params, String link, String idempotencyKey);
}
