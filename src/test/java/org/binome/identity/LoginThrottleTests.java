package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Throttling across nodes: two throttles on one database stand for two application nodes behind a load balancer. */
@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class LoginThrottleTests {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));

    private LoginThrottle node() {
        return new LoginThrottle(jdbc, clock, 5, 20, WINDOW);
    }

    @Test
    void failuresOnDifferentNodesAddUpForOneAccount() {
        var first = node();
        var second = node();
        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? first : second).failed("Node.Test", "192.0.2." + i);
        }
        assertThat(first.blocked("node.test", "192.0.2.50")).isFalse();

        second.failed(" NODE.TEST ", "192.0.2.9");

        assertThat(first.blocked("node.test", "192.0.2.50")).isTrue();
        assertThat(second.blocked("node.test", "192.0.2.51")).isTrue();
        assertThat(first.blocked("someone.else", "192.0.2.50")).isFalse();
    }

    @Test
    void anAddressIsBlockedOnEveryNodeAfterTwentyFailuresWhateverTheAccounts() {
        var first = node();
        var second = node();
        for (int i = 0; i < 20; i++) {
            (i % 2 == 0 ? first : second).failed("guess-" + i, "198.51.100.7");
        }

        assertThat(second.blocked("any.account", "198.51.100.7")).isTrue();
        assertThat(first.blocked("any.account", "198.51.100.8")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        var throttle = node();
        for (int i = 0; i < 5; i++) {
            throttle.failed("window.test", "203.0.113.1");
        }
        assertThat(throttle.blocked("window.test", "203.0.113.2")).isTrue();

        clock.advance(WINDOW.plusSeconds(1));

        assertThat(node().blocked("window.test", "203.0.113.2")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailuresButNotTheAddresses() {
        var throttle = node();
        for (int i = 0; i < 5; i++) {
            throttle.failed("success.test", "203.0.113.20");
        }

        node().succeeded("Success.Test");

        assertThat(throttle.blocked("success.test", "203.0.113.21")).isFalse();
        assertThat(jdbc.sql("select count(*) from login_failure where throttle_key = :key")
                        .param("key", LoginThrottle.addressKey("203.0.113.20"))
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void neitherTheTypedNameNorTheAddressIsStored() {
        node().failed("my-secret-passphrase-typed-as-name", "203.0.113.77");

        var keys = jdbc.sql("select throttle_key from login_failure")
                .query(String.class)
                .list();

        assertThat(keys).noneMatch(key -> key.contains("secret") || key.contains("203.0.113"));
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
