package org.binome.insights;

import java.time.Duration;
import java.util.List;
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
 * What the dashboard reads and computes, kept for a while so that changing a filter or coming back to the page does
 * not read every pair, session, answer and employee again: the programmes' records (read once for every filter), each
 * selection's figures and its survey figures.
 *
 * <p>Everything is dropped at once when this node publishes an event of a module the figures come from (people,
 * programmes, matching, mentorships, feedback: a session logged, a pair ended, an application accepted, someone
 * leaving…), again when that event's transaction ends (so that a request computing meanwhile cannot keep the old
 * state), and in any case after {@code binome.insights.cache-for} (5 minutes): changes made on another node, or
 * without an event (an HR import's other columns, a survey answer), show after at most that long. The key holds
 * today's date, so figures never outlive their day.
 */
@Component
class ImpactCache {

    private static final List<String> SOURCES = List.of(
            "org.binome.people.",
            "org.binome.programs.",
            "org.binome.matching.",
            "org.binome.mentorships.",
            "org.binome.feedback.");
    /** Selections × filters kept at most; beyond, everything is dropped (a dashboard is cheap to recompute). */
    private static final int MAX_ENTRIES = 500;

    private record Entry(Object value, long until) {}

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    ImpactCache(@Value("${binome.insights.cache-for:PT5M}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The value kept under {@code key}, or computed now (and kept unless something changed meanwhile). */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        long now = System.nanoTime();
        var entry = entries.get(key);
        if (entry != null && entry.until() - now > 0) {
            return (T) entry.value();
        }
        long before = generation.get();
        var value = compute.get();
        if (ttlNanos > 0 && generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(value, now + ttlNanos));
        }
        return value;
    }

    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    @EventListener
    void on(PayloadApplicationEvent<?> event) {
        var type = event.getPayload().getClass().getName();
        if (SOURCES.stream().noneMatch(type::startsWith)) {
            return;
        }
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }
}
