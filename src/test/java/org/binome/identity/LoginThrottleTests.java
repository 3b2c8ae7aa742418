package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Throttling that slows guessing without locking owners out, across nodes: several throttles on one database stand for
 * several application nodes behind a load balancer.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class LoginThrottleTests {

    private static final Duration MEMORY = Duration.ofHours(1);

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));

    /** A node with the default rules: 5 free failures per account and client, 10 per account, 30 per address. */
    private LoginThrottle node() {
        return new LoginThrottle(jdbc, clock, 5, 10, 30, Duration.ofMinutes(15), Duration.ofSeconds(30), MEMORY);
    }

    private static int allowed(LoginThrottle throttle, int attempts, String user, String address, String device) {
        int allowed = 0;
        for (int i = 0; i < attempts; i++) {
            if (throttle.attempt(user, address, device).allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    @Test
    void oneClientGetsFiveGuessesThenWaitsLongerAndLonger() {
        var throttle = node();
        assertThat(allowed(throttle, 8, "delay.test", "192.0.2.1", null)).isEqualTo(5);
        var refused = throttle.attempt("delay.test", "192.0.2.1", null);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.attempt("delay.test", "192.0.2.1", null).allowed()).isTrue();
        assertThat(throttle.attempt("delay.test", "192.0.2.1", null).retryAfter())
                .isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.attempt("delay.test", "192.0.2.1", null).allowed()).isTrue();
        assertThat(throttle.attempt("delay.test", "192.0.2.1", null).retryAfter())
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theDelayNeverExceedsFifteenMinutesAndFailuresAreForgottenAfterAnHour() {
        var throttle = node();
        for (int i = 0; i < 40; i++) {
            throttle.attempt("ceiling.test", "192.0.2.2", null);
            clock.advance(Duration.ofMinutes(15));
        }
        var refused = throttle.attempt("ceiling.test", "192.0.2.2", null);
        assertThat(refused.allowed()).isTrue();
        assertThat(throttle.attempt("ceiling.test", "192.0.2.2", null).retryAfter())
                .isLessThanOrEqualTo(Duration.ofMinutes(15));

        clock.advance(MEMORY.plusMinutes(16));
        assertThat(allowed(throttle, 5, "ceiling.test", "192.0.2.2", null)).isEqualTo(5);
    }

    @Test
    void theOwnerOnAKnownDeviceOrAddressSignsInWhileStrangersAreSlowedDown() {
        var throttle = node();
        // The owner signed in last week from home, with this browser.
        assertThat(throttle.attempt("owner.test", "203.0.113.10", null).allowed())
                .isTrue();
        throttle.succeeded("owner.test", "203.0.113.10", "owner-device-token");

        // An attacker guesses from a hundred addresses.
        for (int i = 0; i < 100; i++) {
            throttle.attempt("owner.test", "198.51.100." + i, null);
        }
        assertThat(throttle.attempt("owner.test", "198.51.100.200", null).allowed())
                .as("a new address, after the account's free failures")
                .isFalse();

        assertThat(throttle.attempt("owner.test", "192.0.2.99", "owner-device-token")
                        .allowed())
                .as("the owner's browser, from a hotel")
                .isTrue();
        assertThat(throttle.attempt("owner.test", "203.0.113.10", null).allowed())
                .as("another browser at home")
                .isTrue();
    }

    @Test
    void aStolenDeviceTokenIsWorthNothingForAnotherAccount() {
        var throttle = node();
        throttle.succeeded("device.owner", "203.0.113.11", "shared-device-token");
        for (int i = 0; i < 20; i++) {
            throttle.attempt("device.victim", "198.51.101." + i, null);
        }
        assertThat(throttle.attempt("device.victim", "198.51.101.99", "shared-device-token")
                        .allowed())
                .isFalse();
    }

    @Test
    void behindAProxyWithoutForwardedHeadersEverybodyWaitsSecondsNotHours() {
        var throttle = node();
        throttle.succeeded("proxy.regular", "10.9.9.9", "regular-device");
        // Thirty colleagues behind one proxy mistype their password.
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.attempt("proxy.user" + i, "10.9.9.9", null).allowed())
                    .isTrue();
            throttle.signInFailed("proxy.user" + i, "10.9.9.9", null);
        }
        var newcomer = throttle.attempt("proxy.newcomer", "10.9.9.9", null);
        assertThat(newcomer.allowed()).isFalse();
        assertThat(newcomer.retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.attempt("proxy.regular", "10.9.9.9", "regular-device")
                        .allowed())
                .as("someone who signed in from this browser before")
                .isTrue();
        clock.advance(newcomer.retryAfter());
        assertThat(throttle.attempt("proxy.newcomer", "10.9.9.9", null).allowed())
                .isTrue();
    }

    @Test
    void countersAreSharedByEveryNode() {
        var first = node();
        var second = node();
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? first : second)
                            .attempt("Node.Test", "192.0.2.50", null)
                            .allowed())
                    .isTrue();
        }
        assertThat(second.attempt(" NODE.TEST ", "192.0.2.50", null).allowed()).isFalse();
        assertThat(first.attempt("someone.else", "192.0.2.50", null).allowed()).isTrue();
    }

    @Test
    void parallelGuessesCannotAllSlipThroughBetweenTheCheckAndTheCount() throws Exception {
        var nodes = List.of(node(), node(), node(), node());
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 40; i++) {
                var throttle = nodes.get(i % nodes.size());
                tasks.add(
                        () -> throttle.attempt("race.test", "192.0.2.60", null).allowed());
            }
            long passed = 0;
            for (var future : pool.invokeAll(tasks)) {
                if (future.get()) {
                    passed++;
                }
            }
            assertThat(passed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyColleaguesBehindOneAddressSigningInAtOnceWithTheRightPasswordAllPass() throws Exception {
        var nodes = List.of(node(), node());
        var pool = Executors.newFixedThreadPool(50);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 50; i++) {
                var throttle = nodes.get(i % nodes.size());
                var user = "colleague" + i;
                tasks.add(() -> {
                    var decision = throttle.attempt(user, "198.51.100.7", null);
                    if (decision.allowed()) {
                        throttle.succeeded(user, "198.51.100.7", null);
                    }
                    return decision.allowed();
                });
            }
            long passed = 0;
            for (var future : pool.invokeAll(tasks)) {
                if (future.get()) {
                    passed++;
                }
            }
            assertThat(passed).isEqualTo(50);
            assertThat(node().attempt("colleague50", "198.51.100.7", null).allowed())
                    .as("a 51st colleague, right after")
                    .isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAddressCountsFailuresNotSignIns() {
        var throttle = node();
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.attempt("right" + i, "198.51.100.8", null).allowed())
                    .isTrue();
            throttle.succeeded("right" + i, "198.51.100.8", null);
        }
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.attempt("sprayed" + i, "198.51.100.8", null).allowed())
                    .isTrue();
            throttle.signInFailed("sprayed" + i, "198.51.100.8", null);
        }
        assertThat(throttle.attempt("sprayed-more", "198.51.100.8", null).allowed())
                .as("after the address's 30 free failures")
                .isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheAccountAfreshButNotTheAddress() {
        var throttle = node();
        for (int i = 0; i < 5; i++) {
            throttle.attempt("success.test", "203.0.113.20", null);
            throttle.signInFailed("success.test", "203.0.113.20", null);
        }
        assertThat(throttle.attempt("success.test", "203.0.113.20", null).allowed())
                .isFalse();

        node().succeeded("Success.Test", "203.0.113.20", null);

        assertThat(allowed(throttle, 5, "success.test", "203.0.113.20", null)).isEqualTo(5);
        assertThat(jdbc.sql("select failures from login_throttle where throttle_key = :key")
                        .param("key", LoginThrottle.addressKey("203.0.113.20"))
                        .query(Integer.class)
                        .list())
                .as("the address's counter (it was unknown until then)")
                .containsExactly(5);
    }

    @Test
    void neitherTheTypedNameNorTheAddressNorTheDeviceIsStored() {
        node().attempt("my-secret-passphrase-typed-as-name", "203.0.113.77", "device-token-xyz");
        node().succeeded("my-secret-passphrase-typed-as-name", "203.0.113.77", "device-token-xyz");

        var keys = new ArrayList<String>();
        keys.addAll(jdbc.sql("select throttle_key from login_throttle")
                .query(String.class)
                .list());
        keys.addAll(jdbc.sql("select known_key from login_known_client")
                .query(String.class)
                .list());

        assertThat(keys)
                .isNotEmpty()
                .noneMatch(key -> key.contains("secret") || key.contains("203.0.113") || key.contains("xyz"));
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
