package org.binome.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: once an account, or a client address, has had too many failed sign-ins within the
 * window, further attempts are refused until the oldest failures leave the window (a sliding window log).
 *
 * <p>Failures are rows in the database rather than counters in memory, so behind a load balancer every node sees the
 * same history and an attacker gets one allowance in total, not one per node. Rows are keyed by a SHA-256 digest of
 * the normalised account name or of the address, and rows older than the window are deleted as new failures arrive.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${binome.login.max-failures-per-account:5}") int perAccount,
            @Value("${binome.login.max-failures-per-address:20}") int perAddress,
            @Value("${binome.login.failure-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    boolean blocked(String username, String address) {
        var account = accountKey(username);
        var client = addressKey(address);
        Map<String, Long> failures = jdbc
                .sql("select throttle_key, count(*) from login_failure"
                        + " where throttle_key in (:account, :client) and failed_at > :since"
                        + " group by throttle_key")
                .param("account", account)
                .param("client", client)
                .param("since", windowStart())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return failures.getOrDefault(account, 0L) >= perAccount || failures.getOrDefault(client, 0L) >= perAddress;
    }

    @Transactional
    void failed(String username, String address) {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("delete from login_failure where failed_at <= :since")
                .param("since", windowStart())
                .update();
        for (var key : new String[] {accountKey(username), addressKey(address)}) {
            jdbc.sql("insert into login_failure (throttle_key, failed_at) values (:key, :at)")
                    .param("key", key)
                    .param("at", now)
                    .update();
        }
    }

    void succeeded(String username) {
        jdbc.sql("delete from login_failure where throttle_key = :key")
                .param("key", accountKey(username))
                .update();
    }

    private OffsetDateTime windowStart() {
        return OffsetDateTime.ofInstant(clock.instant().minus(window), ZoneOffset.UTC);
    }

    static String accountKey(String username) {
        return "account:" + digest(Accounts.normalise(username));
    }

    static String addressKey(String address) {
        return "address:" + digest(address == null ? "" : address);
    }

    private static String digest(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
