package org.binome.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's one clock, replaced by one a test moves, in the installation's time zone
 * ({@code binome.time-zone}): {@code @Import(MovingClock.Replacing.class)}, then {@code @Autowired MovingClock clock}.
 */
public final class MovingClock extends Clock {

    /** Replaces the application's clock by a {@link MovingClock} starting now. */
    @TestConfiguration
    public static class Replacing {
        @Bean
        @Primary
        MovingClock movingClock(ZoneId zone) {
            return new MovingClock(Instant.now(), zone);
        }
    }

    private volatile Instant now;
    private final ZoneId zone;

    public MovingClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** That moment of the installation's local time. */
    public void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    /** Seven in the morning of that day, when the reminder run starts. */
    public void morningOf(LocalDate day) {
        set(day.atTime(LocalTime.of(7, 0)));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
