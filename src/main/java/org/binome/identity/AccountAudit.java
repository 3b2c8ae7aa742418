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

    AccountAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
