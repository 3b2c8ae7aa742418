package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.binome.privacy.AuditLog;
import org.binome.privacy.AuditTrail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Account history written before the audit log existed is copied into the chain once: entries already mirrored are
 * not copied twice, entries older than the log's retention are left out, and a second start copies nothing.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class AccountHistoryBackfillTests {

    @Autowired
    AccountHistoryBackfill backfill;

    @Autowired
    AccountAudit accountAudit;

    @Autowired
    AuditLog auditLog;

    private AuditTrail audit() {
        return new AuditTrail(auditLog);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void earlierAccountHistoryIsCopiedIntoTheChainOnceAndOnlyWhatIsMissing() {
        var account = jdbc.sql("select id, employee_number from user_account where username = 'mentore'")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long id = (Long) account[0];
        var target = "account:" + id;
        var tenDaysAgo = clock.instant().minus(Duration.ofDays(10));
        earlier(id, tenDaysAgo, "admin", "role-granted", "SPONSOR");
        earlier(id, tenDaysAgo.plusSeconds(60), "admin", "disabled", null);
        earlier(id, clock.instant().minus(Duration.ofDays(400)), "admin", "invited", null);
        // Written since the log exists: both places already.
        accountAudit.record(id, "admin", "enabled", null);
        jdbc.sql("delete from audit_backfill where source = ?")
                .param(AccountHistoryBackfill.SOURCE)
                .update();

        assertThat(backfill.copy()).isEqualTo(2);

        var granted = audit().of("ACCOUNT_ROLE-GRANTED", (String) account[1], 50).stream()
                .filter(e -> e.target().equals(target)
                        && e.detail() != null
                        && e.detail().startsWith("at "))
                .toList();
        assertThat(granted).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.detail())
                    .isEqualTo("at " + tenDaysAgo.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "; SPONSOR");
        });
        assertThat(copies(target, "ACCOUNT_DISABLED")).isEqualTo(1);
        assertThat(copies(target, "ACCOUNT_INVITED"))
                .as("older than the log's retention")
                .isZero();
        assertThat(audit().of("ACCOUNT_ENABLED", null, 50).stream()
                        .filter(e -> e.target().equals(target))
                        .count())
                .as("already mirrored: not copied again")
                .isEqualTo(1);
        assertThat(audit().intact()).isTrue();

        // The next start (or another node) copies nothing.
        assertThat(backfill.copy()).isZero();
        assertThat(copies(target, "ACCOUNT_DISABLED")).isEqualTo(1);
    }

    private long copies(String target, String action) {
        return audit().of(action, null, 50).stream()
                .filter(e -> e.target().equals(target)
                        && e.detail() != null
                        && e.detail().startsWith("at "))
                .count();
    }

    private void earlier(long account, java.time.Instant at, String actor, String action, String detail) {
        jdbc.sql("insert into account_audit (account_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(account, Timestamp.from(at), actor, action, detail)
                .update();
    }
}
