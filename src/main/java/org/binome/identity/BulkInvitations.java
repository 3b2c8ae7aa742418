package org.binome.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of a bulk invitation, a chunk at a time: one query per question (which e-mails are used, who already has a
 * pending link) and batched inserts for the new accounts, their links and their history. Same rules as one invitation
 * ({@link AccountTokens#issue}: a new link revokes the older ones; only the digest is stored).
 */
@Component
class BulkInvitations {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    BulkInvitations(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Those of these (lower-case) e-mails that an account already uses as its username or e-mail; modifiable. */
    Set<String> usedEmails(Collection<String> emails) {
        var used = new HashSet<String>();
        if (emails.isEmpty()) {
            return used;
        }
        used.addAll(jdbc.sql("select username from user_account where username in (:emails)"
                        + " union select email_key from user_account where email_key in (:emails)")
                .param("emails", emails)
                .query(String.class)
                .list());
        return used;
    }

    /** Those of these accounts that have an unused, unrevoked, unexpired invitation link. */
    Set<Long> withPendingInvitation(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct account_id from account_token where account_id in (:ids)"
                        + " and purpose = :purpose and used_at is null and revoked_at is null and expires_at > :now")
                .param("ids", accountIds)
                .param("purpose", AccountTokens.INVITATION)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .list());
    }

    /** Inserts new invited accounts in one batch; returns them with their ids. */
    List<UserAccount> insertInvited(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<Object[]>(accounts.size());
        for (var a : accounts) {
            rows.add(new Object[] {
                a.username,
                a.displayName,
                a.email,
                a.roles,
                a.locale,
                a.employeeNumber,
                a.enabled,
                Timestamp.from(a.createdAt),
                a.status.name(),
                a.emailKey,
                a.employeeKey,
                a.searchKey,
                a.department
            });
        }
        batch.batchUpdate(
                "insert into user_account (username, display_name, email, roles, locale, employee_number, enabled,"
                        + " created_at, status, email_key, employee_key, search_key, department,"
                        + " must_change_password, access_stamp, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, 0)",
                rows);
        var byUsername = new HashMap<String, UserAccount>();
        accounts.forEach(a -> byUsername.put(a.username, a));
        jdbc.sql("select id, username from user_account where username in (:usernames)")
                .param("usernames", byUsername.keySet())
                .query((rs, i) -> {
                    var account = byUsername.get(rs.getString(2));
                    account.id = rs.getLong(1);
                    account.version = 0;
                    return account;
                })
                .list();
        return accounts;
    }

    /**
     * New invitation links for these accounts (their older unused ones stop working) and a line in each history;
     * returns each account with its plain token, which goes into the e-mail and nowhere else.
     */
    Map<UserAccount, String> issueInvitations(List<UserAccount> accounts, Duration validity, String actor) {
        var links = new LinkedHashMap<UserAccount, String>();
        if (accounts.isEmpty()) {
            return links;
        }
        var now = clock.instant();
        var at = Timestamp.from(now);
        var ids = accounts.stream().map(a -> a.id).toList();
        jdbc.sql("update account_token set revoked_at = :now where account_id in (:ids) and purpose = :purpose"
                        + " and used_at is null and revoked_at is null")
                .param("now", at)
                .param("ids", ids)
                .param("purpose", AccountTokens.INVITATION)
                .update();
        var tokens = new ArrayList<Object[]>(accounts.size());
        var history = new ArrayList<Object[]>(accounts.size());
        var by = actor == null ? "system" : actor;
        for (var account : accounts) {
            var token = Tokens.generate();
            links.put(account, token);
            tokens.add(new Object[] {
                account.id,
                AccountTokens.INVITATION,
                Tokens.digest(token),
                at,
                Timestamp.from(now.plus(validity)),
                actor
            });
            history.add(new Object[] {account.id, at, by, "invited"});
        }
        batch.batchUpdate(
                "insert into account_token (account_id, purpose, token_hash, created_at, expires_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                tokens);
        batch.batchUpdate(
                "insert into account_audit (account_id, at, actor, action, detail) values (?, ?, ?, ?, null)", history);
        return links;
    }
}
