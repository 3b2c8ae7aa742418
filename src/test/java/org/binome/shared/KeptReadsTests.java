package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values kept between views, read once when many requests find them missing at the same time. */
class KeptReadsTests {

    @Test
    void requestsArrivingDuringAReadWaitForItInsteadOfReadingAgain() throws Exception {
        var kept = new KeptReads<String, String>(Duration.ofSeconds(30));
        var reads = new AtomicInteger();
        int requests = 8;
        var start = new CyclicBarrier(requests);
        var pool = Executors.newFixedThreadPool(requests);
        try {
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return kept.get("cohort", () -> {
                        reads.incrementAndGet();
                        sleep(300);
                        return "20,000 people";
                    });
                }));
            }
            for (var answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("20,000 people");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).as("one read for the eight requests").hasValue(1);
    }

    /**
     * A value no longer fresh is given at once while it is read again in the background, once for all the views
     * meanwhile; a change on this node, or twice the kept time, makes the next view read it itself.
     */
    @Test
    void aValueNoLongerFreshIsGivenWhileReadAgainInTheBackground() throws Exception {
        var kept = new KeptReads<String, String>(Duration.ofSeconds(1));
        var background = Executors.newSingleThreadExecutor();
        try {
            assertThat(kept.getReadingAhead("cohort", () -> "first", background))
                    .isEqualTo("first");
            sleep(1_200);
            var reads = new AtomicInteger();
            var release = new CountDownLatch(1);
            java.util.function.Supplier<String> slowRead = () -> {
                reads.incrementAndGet();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "second";
            };
            assertThat(kept.getReadingAhead("cohort", slowRead, background)).isEqualTo("first");
            assertThat(kept.getReadingAhead("cohort", slowRead, background)).isEqualTo("first");
            release.countDown();
            for (int i = 0; i < 100 && !"second".equals(kept.fresh("cohort")); i++) {
                sleep(20);
            }
            assertThat(kept.fresh("cohort")).isEqualTo("second");
            assertThat(reads).as("one read in the background for both views").hasValue(1);

            kept.changed();
            assertThat(kept.getReadingAhead("cohort", () -> "after the change", background))
                    .isEqualTo("after the change");
            sleep(2_100);
            assertThat(kept.getReadingAhead("cohort", () -> "too old to show", background))
                    .isEqualTo("too old to show");
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void aRequestThatChangedSomethingMeanwhileReadsForItselfNotTheOlderRead() throws Exception {
        var kept = new KeptReads<String, String>(Duration.ofSeconds(30));
        var reading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> kept.get("programmes", () -> {
                reading.countDown();
                await(release);
                return "before the change";
            }));
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            kept.changed();
            release.countDown();
            assertThat(kept.get("programmes", () -> "after the change")).isEqualTo("after the change");
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("before the change");
        } finally {
            pool.shutdownNow();
        }
        assertThat(kept.get("programmes", () -> "read again"))
                .as("the read that began before the change was not kept")
                .isEqualTo("after the change");
    }

    @Test
    void aFailedReadLeavesTheWaitersToReadForThemselves() throws Exception {
        var kept = new KeptReads<String, String>(Duration.ofSeconds(30));
        var reading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var failing = pool.submit(() -> kept.get("lists", () -> {
                reading.countDown();
                await(release);
                throw new IllegalStateException("database gone");
            }));
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            var waiter = Executors.newSingleThreadExecutor();
            try {
                var waiting = waiter.submit(() -> kept.get("lists", () -> "read by the waiter"));
                sleep(100);
                release.countDown();
                assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("read by the waiter");
            } finally {
                waiter.shutdownNow();
            }
            assertThat(failing)
                    .failsWithin(Duration.ofSeconds(5))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withRootCauseInstanceOf(IllegalStateException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
