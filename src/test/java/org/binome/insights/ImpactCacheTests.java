package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
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
        var cache = ImpactCache.computedAtTheView(Duration.ofMinutes(5), clock);

        assertThat(cache.get("dashboard", this::compute)).isEqualTo(1);
        assertThat(cache.get("dashboard", this::compute)).isEqualTo(1);
        assertThat(cache.get("other filter", this::compute)).isEqualTo(2);
    }

    @Test
    void anEventOfAModuleTheFiguresComeFromDropsEverything() {
        var cache = ImpactCache.computedAtTheView(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);

        cache.on(new PayloadApplicationEvent<>(this, new PersonLeft("ML00042", "Jeanne Test", LocalDate.now())));

        assertThat(cache.get("dashboard", this::compute))
                .as("recomputed after someone left")
                .isEqualTo(2);
    }

    @Test
    void aSurveyAnsweredDropsTheSurveyFiguresAndKeepsTheDashboardsWhichReadNoAnswer() {
        var cache = ImpactCache.computedAtTheView(Duration.ofMinutes(5), clock);
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
        var cache = ImpactCache.computedAtTheView(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);

        cache.on(new PayloadApplicationEvent<>(this, "a string is nobody's event"));

        assertThat(cache.get("dashboard", this::compute)).isEqualTo(1);
    }

    @Test
    void figuresComputedWhileSomethingChangedAreNotKept() {
        var cache = ImpactCache.computedAtTheView(Duration.ofMinutes(5), clock);

        cache.get("dashboard", () -> {
            cache.clear(); // a change lands while the figures are being read
            return compute();
        });

        assertThat(cache.get("dashboard", this::compute)).isEqualTo(2);
    }

    @Test
    void figuresOlderThanTheirTimeAreComputedAgain() {
        var cache = ImpactCache.computedAtTheView(Duration.ofMinutes(5), clock);
        cache.get("dashboard", this::compute);

        clock.set(clock.instant().plus(Duration.ofMinutes(5)).minusNanos(1));
        assertThat(cache.get("dashboard", this::compute)).as("still kept").isEqualTo(1);

        clock.set(clock.instant().plusNanos(1));
        assertThat(cache.get("dashboard", this::compute))
                .as("computed again at its time")
                .isEqualTo(2);
    }

    /** Background computations queued, run when the test says (no thread, no wait). */
    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();

    private ImpactCache refreshingAfter(Duration refreshAfter) {
        return new ImpactCache(Duration.ofMinutes(5), refreshAfter, clock, queued::add);
    }

    private void change(ImpactCache cache) {
        cache.on(new PayloadApplicationEvent<>(this, new PersonLeft("ML00042", "Jeanne Test", LocalDate.now())));
    }

    @Test
    void withRefreshAfterAViewAfterAChangeGetsTheLastFiguresWhileOneComputationRunsInTheBackground() {
        var cache = refreshingAfter(Duration.ofSeconds(15));
        assertThat(cache.served("dashboard", this::compute)).isEqualTo(new ImpactCache.Served<>(1, false));
        change(cache);
        clock.set(clock.instant().plusSeconds(20));

        assertThat(cache.served("dashboard", this::compute))
                .as("the last figures, said to be brought up to date")
                .isEqualTo(new ImpactCache.Served<>(1, true));
        assertThat(cache.served("dashboard", this::compute))
                .as("a second view meanwhile gets them too")
                .isEqualTo(new ImpactCache.Served<>(1, true));
        assertThat(computed).as("not computed by the views").hasValue(1);
        assertThat(queued).as("one computation for both views").hasSize(1);

        queued.poll().run();
        assertThat(cache.served("dashboard", this::compute))
                .as("the new figures, up to date")
                .isEqualTo(new ImpactCache.Served<>(2, false));
        assertThat(queued).isEmpty();
    }

    @Test
    void withRefreshAfterFiguresComputedWhileSomethingChangedAreServedAndComputedAgain() {
        var cache = refreshingAfter(Duration.ofSeconds(15));
        cache.get("dashboard", () -> {
            change(cache); // a change lands while the figures are being read
            return compute();
        });
        clock.set(clock.instant().plusSeconds(20));

        assertThat(cache.served("dashboard", this::compute)).isEqualTo(new ImpactCache.Served<>(1, true));
        queued.poll().run();
        assertThat(cache.served("dashboard", this::compute)).isEqualTo(new ImpactCache.Served<>(2, false));
    }

    @Test
    void withRefreshAfterFiguresOlderThanTheirTimeAreComputedByTheView() {
        var cache = refreshingAfter(Duration.ofSeconds(15));
        cache.get("dashboard", this::compute);
        change(cache);

        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(cache.served("dashboard", this::compute))
                .as("never served stale beyond cache-for")
                .isEqualTo(new ImpactCache.Served<>(2, false));
        assertThat(queued).isEmpty();
    }

    @Test
    void withRefreshAfterAFailedBackgroundComputationLeavesTheLastFiguresAndTriesAgainAtTheNextView() {
        var cache = refreshingAfter(Duration.ofSeconds(15));
        cache.get("dashboard", this::compute);
        change(cache);
        clock.set(clock.instant().plusSeconds(20));
        cache.served("dashboard", () -> {
            throw new IllegalStateException("database gone");
        });

        queued.poll().run();
        assertThat(cache.served("dashboard", this::compute)).isEqualTo(new ImpactCache.Served<>(1, true));
        queued.poll().run();
        assertThat(cache.served("dashboard", this::compute)).isEqualTo(new ImpactCache.Served<>(2, false));
    }

    @Test
    void withRefreshAfterSurveyFiguresAreServedTheSameWay() {
        var cache = refreshingAfter(Duration.ofSeconds(15));
        cache.surveys("survey figures", this::compute);
        cache.on(new PayloadApplicationEvent<>(this, new org.binome.feedback.SurveyAnswered(7, 1)));
        clock.set(clock.instant().plusSeconds(20));

        assertThat(cache.surveys("survey figures", this::compute)).isEqualTo(1);
        queued.poll().run();
        assertThat(cache.surveys("survey figures", this::compute)).isEqualTo(2);
    }
}
