package org.binome.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who changed what on an account and when, written in the change's own transaction. */
@Component
class AccountAudit {

    record Entry(Instant at, String actor, String action, String detail) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.binome.privacy.AuditLog log;

    AccountAudit(JdbcClient jdbc, Clock clock, org.binome.privacy.AuditLog log) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
    }

    void record(long accountId, String actor, String action, String detail) {
        jdbc.sql("insert into account_audit (account_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        Timestamp.from(clock.instant()),
                        actor == null ? "system" : actor,
                        action,
                        detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200))
                .update();
        // The account page keeps its own history (it goes with the account); the tamper-evident audit log gets the
        // same entry, with the person as its subject, so that administrators search one log for everything.
        var subject = jdbc.sql("select employee_number from user_account where id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .orElse(null);
        log.record(
                actor, "ACCOUNT_" + action.toUpperCase(java.util.Locale.ROOT), "account:" + accountId, subject, detail);
    }

    List<Entry> of(long accountId) {
        return jdbc.sql("select at, actor, action, detail from account_audit where account_id = ?"
                        + " order by at desc, id desc limit 200")
                .param(accountId)
                .query((rs, i) ->
                        new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
