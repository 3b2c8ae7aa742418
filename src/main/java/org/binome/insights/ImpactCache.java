package org.binome.insights;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
 */
@Component
class ImpactCache {

    /** Selections × filters kept at most; beyond, everything is dropped (a dashboard is cheap to recompute). */
    private static final int MAX_ENTRIES = 500;

    private record Entry(Object value, long until) {}

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    /** Survey figures: they change with feedback's events only. */
    private final Map<Object, Entry> surveys = new ConcurrentHashMap<>();
    /** Figures under a key naming the exact records they come from ({@link ImpactRecords.Records}): no event drops them. */
    private final Map<Object, Entry> readings = new ConcurrentHashMap<>();

    private final AtomicLong surveyGeneration = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    /** The application's clock: how long figures are kept is counted on it (a test moves it). */
    private final java.time.Clock clock;

    ImpactCache(@Value("${binome.insights.cache-for:PT5M}") Duration ttl, java.time.Clock clock) {
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    private long nanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The value kept under {@code key}, or computed now (and kept unless something changed meanwhile). */
    <T> T get(Object key, Supplier<T> compute) {
        return get(entries, generation, key, compute);
    }

    /** The same for survey figures, which only feedback's events drop. */
    <T> T surveys(Object key, Supplier<T> compute) {
        return get(surveys, surveyGeneration, key, compute);
    }

    /**
     * The same for figures whose key names the records they come from (their readings): kept until their time, since
     * a change gives the records new readings and so the figures a new key.
     */
    <T> T reading(Object key, Supplier<T> compute) {
        return get(readings, new AtomicLong(), key, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Map<Object, Entry> map, AtomicLong changes, Object key, Supplier<T> compute) {
        long now = nanos();
        var entry = map.get(key);
        if (entry != null && entry.until() - now > 0) {
            return (T) entry.value();
        }
        long before = changes.get();
        var value = compute.get();
        if (ttlNanos > 0 && changes.get() == before) {
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
            map.put(key, new Entry(value, now + ttlNanos));
        }
        return value;
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
            surveys.clear();
            return;
        }
        generation.incrementAndGet();
        entries.clear();
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
