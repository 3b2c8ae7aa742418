package org.binome.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an owner out.
 *
 * <p>Three counters, each with a number of free failures and then a delay that doubles with every further failure up
 * to a ceiling:
 *
 * <ul>
 *   <li>per account and client (the browser's device cookie once it signed in to that account, else the address):
 *       always applies, so one attacker gets a few guesses and then waits longer and longer;
 *   <li>per account, from clients the account never signed in from: many addresses guessing one account are slowed
 *       down together, while the owner on a known device or address signs in at once;
 *   <li>per address, from clients unknown to the account: password spraying across accounts is slowed down, with a
 *       short ceiling so that everybody behind one proxy (without forwarded headers) waits seconds, never hours. This
 *       one counts <em>failures</em> (after the password was checked, {@link #signInFailed}), not attempts: fifty
 *       colleagues behind one proxy signing in at nine o'clock with their right passwords never wait.
 * </ul>
 *
 * <p>The first two count an attempt <em>before</em> its password is checked, in one statement: while the counter is
 * under its free failures, {@code failures = failures + 1} with the allowance in the {@code where} clause (the
 * database serialises the updates of one row, so parallel guesses take turns and at most the free number pass);
 * beyond, where only guessing arrives, a compare-and-set on the row's version sets the doubling delay. A row is
 * created with {@code insert ... on conflict do nothing} (H2 in PostgreSQL mode and PostgreSQL). A successful sign-in
 * removes the account's counters. Rows live in the database, so every node sees the same counters, and keys are
 * SHA-256 digests: no typed name, no address, no device token is stored.
 */
@Component
class LoginThrottle {

    /** A counter's rule: failures allowed without delay, then 1 s, 2 s, 4 s… up to the longest delay. */
    record Policy(int freeFailures, Duration longestDelay) {
        Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(30, failures - freeFailures);
            var delay = Duration.ofSeconds(1L << doublings);
            return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
        }
    }

    /** Whether an attempt may check its password now, and otherwise how long to wait. */
    record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private static final int CONTENDED_TRIES = 20;
    private static final Duration KNOWN_CLIENT_MEMORY = Duration.ofDays(180);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Policy perClient;
    private final Policy perAccount;
    private final Policy perAddress;
    private final Duration memory;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${binome.login.free-failures-per-client:5}") int perClient,
            @Value("${binome.login.free-failures-per-account:10}") int perAccount,
            @Value("${binome.login.free-failures-per-address:30}") int perAddress,
            @Value("${binome.login.longest-delay:15m}") Duration longestDelay,
            @Value("${binome.login.longest-address-delay:30s}") Duration longestAddressDelay,
            @Value("${binome.login.failure-memory:1h}") Duration memory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perClient = new Policy(perClient, longestDelay);
        this.perAccount = new Policy(perAccount, longestDelay);
        this.perAddress = new Policy(perAddress, longestAddressDelay);
        this.memory = memory;
    }

    /**
     * Counts an attempt to sign in to this account from this address (and device token, if the browser sent one)
     * and says whether its password may be checked now. Call {@link #succeeded} when it was right; a wrong one needs
     * nothing more, it is already counted.
     */
    Decision attempt(String username, String address, String device) {
        var now = now();
        boolean knownDevice = isDeviceKnown(username, device);
        boolean known = knownDevice || isKnown(knownAddressKey(username, address));
        var counters = new ArrayList<Counter>();
        counters.add(new Counter(clientKey(username, knownDevice ? device : null, address), perClient));
        if (!known) {
            counters.add(new Counter(accountKey(username), perAccount));
            var waiting = waiting(addressKey(address), now);
            if (waiting.isPresent()) {
                return refused(now, waiting.get());
            }
        }
        for (var counter : counters) {
            var blocked = claim(counter.key(), counter.policy(), now);
            if (blocked.isPresent()) {
                return refused(now, blocked.get());
            }
        }
        return Decision.ALLOWED;
    }

    /**
     * A wrong password (or an unknown name) typed on the sign-in form: counted against the address when the client is
     * unknown to the account, in one atomic statement, so that spraying one password across many accounts from one
     * address is slowed down (the account's own counters already counted the attempt).
     */
    void signInFailed(String username, String address, String device) {
        if (isKnownClient(username, address, device)) {
            return;
        }
        var now = now();
        var key = addressKey(address);
        ensureRow(key, now);
        jdbc.sql(
                        "update login_throttle set failures = case when last_attempt_at is not null and last_attempt_at < :forget"
                                + " then 1 else failures + 1 end, last_attempt_at = :now, version = version + 1"
                                + " where throttle_key = :key")
                .param("forget", utc(now.minus(memory)))
                .param("now", utc(now))
                .param("key", key)
                .update();
        int failures = read(key).map(Row::failures).orElse(0);
        var next = utc(now.plus(perAddress.delayAfter(failures)));
        jdbc.sql(
                        "update login_throttle set next_attempt_at = :next where throttle_key = :key and next_attempt_at < :next")
                .param("next", next)
                .param("key", key)
                .update();
    }

    private static Decision refused(Instant now, Instant from) {
        var wait = Duration.between(now, from);
        return new Decision(false, wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }

    private boolean isDeviceKnown(String username, String device) {
        return device != null && isKnown(knownDeviceKey(username, device));
    }

    private boolean isKnownClient(String username, String address, String device) {
        return isDeviceKnown(username, device) || isKnown(knownAddressKey(username, address));
    }

    /** When a key's counter lets the next attempt through, if that is later than now (without counting one). */
    private Optional<Instant> waiting(String key, Instant now) {
        var row = read(key);
        if (row.isPresent() && row.get().nextAttemptAt().isAfter(now) && !forgotten(row.get(), now)) {
            return Optional.of(row.get().nextAttemptAt());
        }
        return Optional.empty();
    }

    /**
     * The right password: the account's counters start again, and this device and address are remembered as the
     * owner's (the device by a digest of the random token in its cookie).
     */
    void succeeded(String username, String address, String device) {
        succeeded(username);
        var keys = new ArrayList<>(List.of(clientKey(username, null, address)));
        if (device != null) {
            keys.add(clientKey(username, device, address));
        }
        jdbc.sql("delete from login_throttle where throttle_key in (:keys)")
                .param("keys", keys)
                .update();
        remember(knownAddressKey(username, address));
        if (device != null) {
            remember(knownDeviceKey(username, device));
        }
        var now = now();
        jdbc.sql("delete from login_throttle where last_attempt_at < :since and next_attempt_at < :now")
                .param("since", utc(now.minus(memory)))
                .param("now", utc(now))
                .update();
        jdbc.sql("delete from login_known_client where last_seen_at < :since")
                .param("since", utc(now.minus(KNOWN_CLIENT_MEMORY)))
                .update();
    }

    /** Clears the account's own counter (other places that check a password, e.g. the current one on a change). */
    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where throttle_key = :key")
                .param("key", accountKey(username))
                .update();
    }

    /** Whether a password check for this account from this address must wait, without counting an attempt. */
    boolean blocked(String username, String address) {
        var now = now();
        for (var key : List.of(clientKey(username, null, address), accountKey(username))) {
            var row = read(key);
            if (row.isPresent() && row.get().nextAttemptAt().isAfter(now) && !forgotten(row.get(), now)) {
                return true;
            }
        }
        return false;
    }

    /** Counts a wrong password checked elsewhere than the sign-in form (e.g. the current one on a change). */
    void failed(String username, String address) {
        var now = now();
        claim(clientKey(username, null, address), perClient, now);
        claim(accountKey(username), perAccount, now);
    }

    private record Counter(String key, Policy policy) {}

    private record Row(int failures, Instant lastAttemptAt, Instant nextAttemptAt, int version) {}

    /**
     * Counts one attempt on this key; empty when it may proceed, else the instant from which it may. Under the free
     * failures one atomic update counts it; beyond, a compare-and-set sets the delay.
     */
    private Optional<Instant> claim(String key, Policy policy, Instant now) {
        ensureRow(key, now);
        var free = jdbc.sql("update login_throttle set failures = case when last_attempt_at is not null"
                        + " and last_attempt_at < :forget then 1 else failures + 1 end,"
                        + " last_attempt_at = :now, next_attempt_at = :now, version = version + 1"
                        + " where throttle_key = :key and ((last_attempt_at is not null and last_attempt_at < :forget"
                        + " and 1 < :free) or (failures + 1 < :free and next_attempt_at <= :now"
                        + " and (last_attempt_at is null or last_attempt_at >= :forget)))")
                .param("forget", utc(now.minus(memory)))
                .param("now", utc(now))
                .param("key", key)
                .param("free", policy.freeFailures())
                .update();
        if (free == 1) {
            return Optional.empty();
        }
        for (int i = 0; i < CONTENDED_TRIES; i++) {
            var row = read(key);
            if (row.isEmpty()) {
                ensureRow(key, now);
                continue;
            }
            var current = row.get();
            boolean forgotten = forgotten(current, now);
            int failures = forgotten ? 0 : current.failures();
            if (!forgotten && current.nextAttemptAt().isAfter(now)) {
                return Optional.of(current.nextAttemptAt());
            }
            int counted = failures + 1;
            var changed = jdbc.sql("update login_throttle set failures = :failures, last_attempt_at = :now,"
                            + " next_attempt_at = :next, version = version + 1"
                            + " where throttle_key = :key and version = :version")
                    .param("failures", counted)
                    .param("now", utc(now))
                    .param("next", utc(now.plus(policy.delayAfter(counted))))
                    .param("key", key)
                    .param("version", current.version())
                    .update();
            if (changed == 1) {
                return Optional.empty();
            }
        }
        // So many guesses at the same moment on one key past its free failures is an attack: this one waits a second.
        return Optional.of(now.plusSeconds(1));
    }

    /** The key's row, created at zero if missing, in one statement that another node's insert cannot fail. */
    private void ensureRow(String key, Instant now) {
        jdbc.sql("insert into login_throttle (throttle_key, failures, last_attempt_at, next_attempt_at, version)"
                        + " values (:key, 0, null, :now, 0) on conflict do nothing")
                .param("key", key)
                .param("now", utc(now))
                .update();
    }

    /** Milliseconds only: databases round finer fractions, and a rounded-up instant would look like the future. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private boolean forgotten(Row row, Instant now) {
        return row.lastAttemptAt() != null && row.lastAttemptAt().isBefore(now.minus(memory));
    }

    private Optional<Row> read(String key) {
        return jdbc.sql("select failures, last_attempt_at, next_attempt_at, version from login_throttle"
                        + " where throttle_key = :key")
                .param("key", key)
                .query((rs, n) -> new Row(
                        rs.getInt(1),
                        instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)),
                        rs.getInt(4)))
                .optional();
    }

    private boolean isKnown(String key) {
        return jdbc.sql("select count(*) from login_known_client where known_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void remember(String key) {
        var now = utc(now());
        var updated = jdbc.sql("update login_known_client set last_seen_at = :now where known_key = :key")
                .param("now", now)
                .param("key", key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_known_client (known_key, last_seen_at) values (:key, :now)")
                        .param("key", key)
                        .param("now", now)
                        .update();
            } catch (DataIntegrityViolationException alreadyThere) {
                // Remembered by a parallel sign-in.
            }
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String accountKey(String username) {
        return "account:" + Tokens.digest(Accounts.normalise(username));
    }

    static String addressKey(String address) {
        return "address:" + Tokens.digest(address == null ? "" : address);
    }

    /** The account with the device that signed in to it before, or else with the address. */
    static String clientKey(String username, String device, String address) {
        var client = device != null ? "device:" + device : "address:" + (address == null ? "" : address);
        return "client:" + Tokens.digest(Accounts.normalise(username) + "\n" + client);
    }

    static String knownAddressKey(String username, String address) {
        return "address:" + Tokens.digest(Accounts.normalise(username) + "\n" + (address == null ? "" : address));
    }

    static String knownDeviceKey(String username, String device) {
        return "device:" + Tokens.digest(Accounts.normalise(username) + "\n" + device);
    }
}
