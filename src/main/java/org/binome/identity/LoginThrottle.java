package org.binome.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed sign-ins an account, or a client address, must wait. Each failure
 * takes a token; an empty bucket blocks further attempts until it refills. Buckets live in this node's memory, so
 * behind a load balancer an attacker gets at most one allowance per node.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(
            @Value("${binome.login.max-failures-per-account:5}") int perAccount,
            @Value("${binome.login.max-failures-per-address:20}") int perAddress,
            @Value("${binome.login.failure-window:15m}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    boolean blocked(String username, String address) {
        return empty("account:" + Accounts.normalise(username)) || empty("address:" + address);
    }

    void failed(String username, String address) {
        bucket("account:" + Accounts.normalise(username), perAccount).tryConsume(1);
        bucket("address:" + address, perAddress).tryConsume(1);
    }

    void succeeded(String username) {
        buckets.remove("account:" + Accounts.normalise(username));
    }

    private boolean empty(String key) {
        var bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() > MAX_TRACKED) {
            // A flood of distinct names must not exhaust memory; forgetting old failures is the lesser harm.
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, window)
                                .build())
                        .build());
    }
}
