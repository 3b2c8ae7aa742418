package org.binome.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations. A token is {@code bnm_} and 256 random bits; it is shown once, and only its SHA-256
 * digest is kept, with its first characters to recognise it. Each token has scopes, an expiry, a last-used time, can
 * be revoked, and is rate-limited: at most {@code binome.api.rate-limit} calls per {@code binome.api.rate-window}.
 * The window is counted in the token's row by one conditional update, so the limit holds across all nodes.
 */
@Service
class ApiTokens {

    static final String PREFIX = "bnm_";
    /** The longest validity an administrator may give a token: integrations must be reviewed at least yearly. */
    static final int MAX_DAYS = 366;

    /** The answer to a presented token. */
    sealed interface Check {
        record Allowed(ApiClient client, Set<ApiScope> scopes) implements Check {}

        /** Unknown, revoked or expired (reason {@code unknown|revoked|expired}). */
        record Refused(String reason) implements Check {}

        record Limited(long retryAfterSeconds) implements Check {}
    }

    record TokenView(
            long id,
            String name,
            String prefix,
            List<String> scopes,
            Instant createdAt,
            String createdBy,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            String revokedBy) {

        public String state(Instant now) {
            if (revokedAt != null) {
                return "revoked";
            }
            return expiresAt.isAfter(now) ? "active" : "expired";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final int limit;
    private final Duration window;

    ApiTokens(
            JdbcClient jdbc,
            Clock clock,
            ZoneId zone,
            @Value("${binome.api.rate-limit:300}") int limit,
            @Value("${binome.api.rate-window:1m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
        this.limit = limit;
        this.window = window;
    }

    /** Creates a token and returns its secret, the only time anyone sees it. */
    @Transactional
    String create(String name, Collection<ApiScope> scopes, LocalDate expiresOn, String actor) {
        var today = LocalDate.now(clock.withZone(zone));
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RuleViolation.invalid("apiTokens.error.name");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw RuleViolation.invalid("apiTokens.error.scopes");
        }
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw RuleViolation.invalid("apiTokens.error.expiry", MAX_DAYS);
        }
        var secret = PREFIX + Tokens.generate();
        jdbc.sql("insert into api_token (name, token_hash, token_prefix, scopes, created_at, created_by, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        name.strip(),
                        Tokens.digest(secret),
                        secret.substring(0, 8),
                        scopes.stream().map(s -> s.value).sorted().collect(Collectors.joining(" ")),
                        Timestamp.from(clock.instant()),
                        actor,
                        Timestamp.from(expiresOn.plusDays(1).atStartOfDay(zone).toInstant()))
                .update();
        return secret;
    }

    @Transactional(readOnly = true)
    List<TokenView> list() {
        return jdbc.sql(
                        "select id, name, token_prefix, scopes, created_at, created_by, expires_at, last_used_at,"
                                + " revoked_at, revoked_by from api_token order by revoked_at desc nulls first, created_at desc")
                .query((rs, i) -> new TokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.of(rs.getString(4).split(" ")),
                        instant(rs.getTimestamp(5)),
                        rs.getString(6),
                        instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)),
                        instant(rs.getTimestamp(9)),
                        rs.getString(10)))
                .list();
    }

    /** Revokes a token at once: its next call is refused, on every node. */
    @Transactional
    void revoke(long id, String actor) {
        int changed = jdbc.sql(
                        "update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), actor, id)
                .update();
        if (changed == 0) {
            boolean exists = jdbc.sql("select count(*) from api_token where id = ?")
                            .param(id)
                            .query(Long.class)
                            .single()
                    > 0;
            throw exists
                    ? RuleViolation.conflict("apiTokens.error.alreadyRevoked")
                    : RuleViolation.notFound("apiTokens.error.notFound");
        }
    }

    /** Checks a presented token, counts the call in its window and records its use. */
    @Transactional
    Check check(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || !Tokens.wellFormed(secret.substring(PREFIX.length()))) {
            return new Check.Refused("unknown");
        }
        var rows = jdbc.sql("select id, name, scopes, expires_at, revoked_at from api_token where token_hash = ?")
                .param(Tokens.digest(secret))
                .query((rs, i) -> new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getTimestamp(5)
                })
                .list();
        if (rows.isEmpty()) {
            return new Check.Refused("unknown");
        }
        var row = rows.get(0);
        var now = clock.instant();
        if (row[4] != null) {
            return new Check.Refused("revoked");
        }
        if (!((Timestamp) row[3]).toInstant().isAfter(now)) {
            return new Check.Refused("expired");
        }
        long id = (Long) row[0];
        var windowBegin = Timestamp.from(now.minus(window));
        // One statement: a new window, or one more call in the current one while it is below the limit.
        int counted = jdbc.sql(
                        "update api_token set"
                                + " window_count = case when window_start is null or window_start <= :begin then 1"
                                + " else window_count + 1 end,"
                                + " window_start = case when window_start is null or window_start <= :begin then :now"
                                + " else window_start end,"
                                + " last_used_at = :now"
                                + " where id = :id and (window_start is null or window_start <= :begin or window_count < :limit)")
                .param("begin", windowBegin)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("limit", limit)
                .update();
        if (counted == 0) {
            var start = jdbc.sql("select window_start from api_token where id = ?")
                    .param(id)
                    .query(Timestamp.class)
                    .single()
                    .toInstant();
            long wait = Duration.between(now, start.plus(window)).toSeconds();
            return new Check.Limited(Math.max(1, wait + 1));
        }
        var scopes = new LinkedHashSet<ApiScope>();
        Arrays.stream(((String) row[2]).split(" "))
                .map(ApiScope::of)
                .flatMap(java.util.Optional::stream)
                .forEach(scopes::add);
        var names = scopes.stream().map(s -> s.value).collect(Collectors.toCollection(TreeSet::new));
        return new Check.Allowed(new ApiClient(id, (String) row[1], Set.copyOf(names)), Set.copyOf(scopes));
    }

    int limit() {
        return limit;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
