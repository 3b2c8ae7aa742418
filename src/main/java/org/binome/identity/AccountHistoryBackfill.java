package org.binome.identity;

import java.util.Locale;
import org.binome.privacy.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account history written before the audit log existed is copied into the log once, at the first start that has
 * this class (any node; the log makes sure it happens once). Since then {@link AccountAudit} writes both. The account
 * page keeps its own history; the copy lets administrators search one log for everything.
 */
@Component
class AccountHistoryBackfill {

    static final String SOURCE = "identity.account_audit";

    private static final Logger log = LoggerFactory.getLogger(AccountHistoryBackfill.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AccountHistoryBackfill(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int copied = copy();
        if (copied > 0) {
            log.info("Copied {} earlier account history entries into the audit log", copied);
        }
    }

    int copy() {
        return audit.backfillOnce(
                SOURCE,
                () -> jdbc.sql(
                                "select a.at, a.actor, a.action, a.account_id, u.employee_number,"
                                        + " a.detail from account_audit a join user_account u on u.id = a.account_id order by a.at, a.id")
                        .query((rs, i) -> new AuditLog.Earlier(
                                rs.getTimestamp(1).toInstant(),
                                rs.getString(2),
                                "ACCOUNT_" + rs.getString(3).toUpperCase(Locale.ROOT),
                                "account:" + rs.getLong(4),
                                rs.getString(5),
                                rs.getString(6)))
                        .list());
    }
}
