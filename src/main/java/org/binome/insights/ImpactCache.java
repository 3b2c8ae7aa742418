package org.binome.insights;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The figures of each selection and filter, and their survey figures, kept so that coming back to the page or to a
 * filter does not compute them again (the records they come from are kept and brought up to date by {@link
 * ImpactRecords}).
 *
 * <p>A dashboard's figures are dropped at once when this node publishes an event of a module the figures come from
 * (people, programmes, matching, mentorships, feedback: a session logged, a pair ended, an application accepted,
 * someone leaving…), again when that event's transaction ends (so that a request computing meanwhile cannot keep the
 * old state); survey figures only on feedback's events; the parts that do not read sessions (participation, retention,
 * links) are kept under the readings of the records they come from, so a session logged does not compute them again.
 * Everything is computed again after {@code binome.insights.cache-for} (5 minutes): changes made on another node, or
 * without an event (an HR import's other columns, a survey answer), show after at most that long. The keys hold
 * today's date, so figures never outlive their day.
 *
 * <p>With {@code binome.insights.refresh-after} above zero (production: {@code PT15S}), figures a change made stale
 * are not computed again by the view that finds them: it gets the last figures computed (their time is on the page,
 * with "being brought up to date"), and one computation of those figures runs in the background, at most once per
 * {@code refresh-after} for each key (the first one {@code refresh-after} after the figures' own computation at the
 * earliest), so that sessions logged all the time on every node cost one recomputation per key and period instead of
 * one per view. Figures older than {@code cache-for} are never served that way: the view computes them. {@code PT0S}
 * (the tests' setting) computes at the view, as soon as anything changed.
 */
@Component
class ImpactCache {

    /** Selections × filters kept at most; beyond, everything is dropped (a dashboard is cheap to recompute). */
    private static final int MAX_ENTRIES = 500;

    /**
     * @param until when the figures expire ({@code cache-for} after their computation began)
     * @param generation the changes counted when their computation began: a change since makes them stale
     * @param computed when their computation began
     */
    private record Entry(Object value, long until, long generation, long computed) {}

    /** Figures as served: {@code updating} when they are the last ones computed and newer ones are on their way. */
    record Served<T>(T value, boolean updating) {}

    private static final Logger LOG = LoggerFactory.getLogger(ImpactCache.class);

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    /** Survey figures: they change with feedback's events only. */
    private final Map<Object, Entry> surveys = new ConcurrentHashMap<>();
    /** Figures under a key naming the exact records they come from ({@link ImpactRecords.Records}): no event drops them. */
    private final Map<Object, Entry> readings = new ConcurrentHashMap<>();

    private final AtomicLong surveyGeneration = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final long refreshNanos;
    /** The application's clock: how long figures are kept is counted on it (a test moves it). */
    private final java.time.Clock clock;

    private final Executor background;
    /** The keys whose figures are being computed again in the background (one computation per key at a time). */
    private final Map<Object, Boolean> refreshing = new ConcurrentHashMap<>();

    /** Figures computed at the view as soon as anything changed (no background computation). */
    static ImpactCache computedAtTheView(Duration ttl, java.time.Clock clock) {
        return new ImpactCache(ttl, Duration.ZERO, clock, Runnable::run);
    }

    ImpactCache(
            @Value("${binome.insights.cache-for:PT5M}") Duration ttl,
            @Value("${binome.insights.refresh-after:PT15S}") Duration refreshAfter,
            java.time.Clock clock,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.ttlNanos = ttl.toNanos();
        this.refreshNanos = refreshAfter.toNanos();
        this.clock = clock;
        this.background = background;
    }

    private long nanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The value kept under {@code key}, or computed now (and kept unless something changed meanwhile). */
    <T> T get(Object key, Supplier<T> compute) {
        return served(key, compute).value();
    }

    /**
     * The same, saying whether the value is the last one computed while a newer one is on its way (only with {@code
     * refresh-after} above zero).
     */
    <T> Served<T> served(Object key, Supplier<T> compute) {
        return get(entries, generation, key, compute, refreshNanos > 0);
    }

    /** The same for survey figures, which only feedback's events drop. */
    <T> T surveys(Object key, Supplier<T> compute) {
        return get(surveys, surveyGeneration, key, compute, refreshNanos > 0).value();
    }

    /**
     * The same for figures whose key names the records they come from (their readings): kept until their time, since
     * a change gives the records new readings and so the figures a new key.
     */
    <T> T reading(Object key, Supplier<T> compute) {
        return get(readings, new AtomicLong(), key, compute, false).value();
    }

    @SuppressWarnings("unchecked")
    private <T> Served<T> get(
            Map<Object, Entry> map, AtomicLong changes, Object key, Supplier<T> compute, boolean serveStale) {
        long now = nanos();
        var entry = map.get(key);
        if (entry != null && entry.until() - now > 0) {
            if (entry.generation() == changes.get()) {
                return new Served<>((T) entry.value(), false);
            }
            if (serveStale) {
                refresh(map, changes, key, compute, entry.computed() + refreshNanos - now);
                return new Served<>((T) entry.value(), true);
            }
        }
        return new Served<>(compute(map, changes, key, compute), false);
    }

    /** Computes and keeps the value, marked stale at once if something changed while it was computed. */
    private <T> T compute(Map<Object, Entry> map, AtomicLong changes, Object key, Supplier<T> compute) {
        long start = nanos();
        long before = changes.get();
        var value = compute.get();
        if (ttlNanos > 0) {
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
            map.put(key, new Entry(value, start + ttlNanos, before, start));
        }
        return value;
    }

    /** One computation of this key in the background, after {@code delayNanos} (none if one is on its way). */
    private <T> void refresh(
            Map<Object, Entry> map, AtomicLong changes, Object key, Supplier<T> compute, long delayNanos) {
        if (refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        Runnable task = () -> {
            try {
                compute(map, changes, key, compute);
            } catch (RuntimeException e) {
                // The last figures stay served until cache-for, then a view computes them itself.
                LOG.warn("Impact figures not computed again in the background: {}", e.toString());
            } finally {
                refreshing.remove(key);
            }
        };
        try {
            if (delayNanos > 0) {
                CompletableFuture.delayedExecutor(Math.min(delayNanos, refreshNanos), TimeUnit.NANOSECONDS, background)
                        .execute(task);
            } else {
                background.execute(task);
            }
        } catch (RuntimeException e) {
            refreshing.remove(key);
            throw e;
        }
    }

    /** Drops every figure kept (the records stay: {@link ImpactRecords#clear()}). */
    void clear() {
        generation.incrementAndGet();
        entries.clear();
        surveyGeneration.incrementAndGet();
        surveys.clear();
        readings.clear();
    }

    /**
     * Drops what a change makes stale: survey figures for feedback's changes, the dashboards' figures for the others
     * (a dashboard's figures do not read answers).
     */
    void apply(ImpactChanges.Change change) {
        changed(change.kind() == ImpactChanges.Kind.SURVEYS);
    }

    private void changed(boolean feedback) {
        if (feedback) {
            surveyGeneration.incrementAndGet();
            return;
        }
        // Kept, marked stale by the new generation: served while their newer figures are computed (refresh-after).
        generation.incrementAndGet();
    }

    @EventListener
    void on(PayloadApplicationEvent<?> event) {
        var change = ImpactChanges.of(event.getPayload());
        if (change == null) {
            return;
        }
        apply(change);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    apply(change);
                }
            });
        }
    }
}
