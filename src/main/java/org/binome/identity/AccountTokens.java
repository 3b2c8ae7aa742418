package org.binome.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The single-use links' tokens, stored as SHA-256 digests. Issuing a link revokes the account's older unused links of
 * the same purpose, so only the newest one works.
 */
@Component
class AccountTokens {

    static final String INVITATION = "INVITATION";
    static final String RESET = "RESET";

    /** A valid, unused token: whose it is. */
    record Valid(long tokenId, long accountId, String digest) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the account; the plain token goes into the link and nowhere else. */
    String issue(long accountId, String purpose, Duration validity, String actor) {
        revokePending(accountId, purpose);
        var token = Tokens.generate();
        var now = clock.instant();
        jdbc.sql("insert into account_token (account_id, purpose, token_hash, created_at, expires_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        purpose,
                        Tokens.digest(token),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(validity)),
                        actor)
                .update();
        return token;
    }

    int revokePending(long accountId, String purpose) {
        return jdbc.sql("update account_token set revoked_at = ? where account_id = ? and purpose = ?"
                        + " and used_at is null and revoked_at is null")
                .params(Timestamp.from(clock.instant()), accountId, purpose)
                .update();
    }

    boolean hasPending(long accountId, String purpose) {
        return jdbc.sql("select count(*) from account_token where account_id = ? and purpose = ?"
                                + " and used_at is null and revoked_at is null and expires_at > ?")
                        .params(accountId, purpose, Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The token's account, if the token is well formed, known, of this purpose, unused, unrevoked and unexpired. */
    Optional<Valid> find(String token, String purpose) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        var digest = Tokens.digest(token);
        return jdbc.sql("select id, account_id, token_hash from account_token where token_hash = ? and purpose = ?"
                        + " and used_at is null and revoked_at is null and expires_at > ?")
                .params(digest, purpose, Timestamp.from(clock.instant()))
                .query((rs, i) -> new Valid(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional()
                .filter(found -> Tokens.same(found.digest(), digest));
    }

    /** Marks the token used; false if someone used it in the meantime (two clicks on one link). */
    boolean use(Valid token) {
        return jdbc.sql("update account_token set used_at = ? where id = ? and used_at is null and revoked_at is null")
                        .params(Timestamp.from(clock.instant()), token.tokenId())
                        .update()
                == 1;
    }
}
