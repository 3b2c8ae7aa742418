package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.binome.people.PersonLeft;
import org.binome.support.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.context.PayloadApplicationEvent;

class ImpactCacheTests {

    private final AtomicInteger computed = new AtomicInteger();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void aFigureIsComputedOnceThenKept() {
        var cache = new ImpactCache(Duration.ofMinutes(5), clock);

        assertThat(cache.get("dashboard", this::compute)).isEqualTo(1);
        assertThat(cache.get("dashboard", this::compute)).isEqualTo(1);
        assertThat(cache.get("other filter", this::compute)).isEqualTo(2);
    }

    @Test
    void anEventOfAModuleTheFiguresComeFromDropsEverything() {
        var cache = new ImpactCache(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);

        cache.on(new PayloadApplicationEvent<>(this, new PersonLeft("ML00042", "Jeanne Test", LocalDate.now())));

        assertThat(cache.get("dashboard", this::compute))
                .as("recomputed after someone left")
                .isEqualTo(2);
    }

    @Test
    void aSurveyAnsweredDropsTheSurveyFiguresAndKeepsTheDashboardsWhichReadNoAnswer() {
        var cache = new ImpactCache(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);
        cache.surveys("survey figures", this::compute);

        cache.on(new PayloadApplicationEvent<>(this, new org.binome.feedback.SurveyAnswered(7, 1)));

        assertThat(cache.surveys("survey figures", this::compute))
                .as("survey figures computed again")
                .isEqualTo(3);
        assertThat(cache.get("dashboard", this::compute)).as("kept").isEqualTo(1);
    }

    @Test
    void anEventOfAnotherModuleKeepsTheFigures() {
        var cache = new ImpactCache(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);

        cache.on(new PayloadApplicationEvent<>(this, "a string is nobody's event"));

        assertThat(cache.get("dashboard", this::compute)).isEqualTo(1);
    }

    @Test
    void figuresComputedWhileSomethingChangedAreNotKept() {
        var cache = new ImpactCache(Duration.ofMinutes(5), clock);

        cache.get("dashboard", () -> {
            cache.clear(); // a change lands while the figures are being read
            return compute();
        });

        assertThat(cache.get("dashboard", this::compute)).isEqualTo(2);
    }

    @Test
    void figuresOlderThanTheirTimeAreComputedAgain() {
        var cache = new ImpactCache(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);

        clock.set(clock.instant().plus(Duration.ofMinutes(5)).minusNanos(1));
        assertThat(cache.get("dashboard", this::compute)).as("still kept").isEqualTo(1);

        clock.set(clock.instant().plusNanos(1));
        assertThat(cache.get("dashboard", this::compute))
                .as("computed again at its time")
                .isEqualTo(2);
    }
}
