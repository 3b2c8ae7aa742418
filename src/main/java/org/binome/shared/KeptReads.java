package org.binome.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads kept a short while between views, the one way pages keep what many requests read alike (every programme's
 * view, each programme's pair figures). A value is kept for {@code kept} after it was read; {@link #changed()} drops
 * every value at once on this node and again once the changing transaction ends, so that a view reading in between
 * does not keep the old state; a value read while a change happened is not kept. A change made on another node shows
 * within {@code kept}. Thread-safe; the time is the JVM's monotonic clock.
 *
 * @param <K> what a value is kept for (use one constant key for a single value)
 * @param <V> the value read
 */
public final class KeptReads<K, V> {

    private record Entry<V>(V value, long readAtNanos) {}

    private final long keptNanos;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** The reads under way, one per key. */
    private final Map<K, Reading<V>> reading = new ConcurrentHashMap<>();

    /** Bumped by each change: a value read while a change happened is not kept. */
    private final AtomicLong changes = new AtomicLong();

    public KeptReads(Duration kept) {
        this.keptNanos = kept.toNanos();
    }

    /** The value kept for this key if it was read less than the kept time ago, otherwise {@code null}. */
    public V fresh(K key) {
        var entry = entries.get(key);
        return entry != null && System.nanoTime() - entry.readAtNanos() < keptNanos ? entry.value() : null;
    }

    /**
     * The kept value, or one read now (and kept unless a change happens meanwhile). Requests that find no value while
     * another one is reading it wait for that read ({@link #WAIT} at most) instead of each reading the same thing: when
     * a value expired under load, every view arriving during its read used to read it again (the matching page's
     * cohort of 20,000 people, several times over). A waiter reads for itself when a change happened since that read
     * began (its own change, for one), when the read failed, or when it took too long.
     */
    public V get(K key, Supplier<V> read) {
        var value = fresh(key);
        if (value != null) {
            return value;
        }
        long stamp = stamp();
        var mine = new Reading<V>(stamp, new CompletableFuture<>());
        var theirs = reading.putIfAbsent(key, mine);
        if (theirs != null) {
            var theirValue = theirs.await();
            if (theirValue != null && theirs.stamp() == stamp()) {
                return theirValue;
            }
            return readAndKeep(key, read);
        }
        try {
            value = readAndKeep(key, read);
            mine.value().complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            mine.value().completeExceptionally(failure);
            throw failure;
        } finally {
            reading.remove(key, mine);
        }
    }

    /**
     * Like {@link #get}, but a value no longer fresh is still given for as long again (twice the kept time after it was
     * read), while it is read again on {@code background} (one read per key at a time): no view waits for the read
     * then, only the first after a change on this node or after twice the kept time. Under the 2-node load test the
     * matching page's cohort, read again every 30 s in 100-330 ms, was the slowest twentieth of that page's views.
     */
    public V getReadingAhead(K key, Supplier<V> read, Executor background) {
        var entry = entries.get(key);
        if (entry != null) {
            long age = System.nanoTime() - entry.readAtNanos();
            if (age < keptNanos) {
                return entry.value();
            }
            if (age < 2 * keptNanos) {
                readInBackground(key, read, background);
                return entry.value();
            }
        }
        return get(key, read);
    }

    private void readInBackground(K key, Supplier<V> read, Executor background) {
        var mine = new Reading<V>(stamp(), new CompletableFuture<>());
        if (reading.putIfAbsent(key, mine) != null) {
            return; // read under way
        }
        Runnable task = () -> {
            try {
                mine.value().complete(readAndKeep(key, read));
            } catch (RuntimeException | Error failure) { // the value shown stays; a later view asks again
                mine.value().completeExceptionally(failure);
            } finally {
                reading.remove(key, mine);
            }
        };
        try {
            background.execute(task);
        } catch (RuntimeException refused) { // the executor is full or shutting down: a later view asks again
            mine.value().completeExceptionally(refused);
            reading.remove(key, mine);
        }
    }

    private V readAndKeep(K key, Supplier<V> read) {
        long stamp = stamp();
        var now = System.nanoTime();
        var value = read.get();
        keep(key, value, stamp, now);
        return value;
    }

    /** How long a request waits for another one's read of the same value before reading it itself. */
    static final Duration WAIT = Duration.ofSeconds(5);

    /** A read under way: the changes counted when it began, and its value once read. */
    private record Reading<V>(long stamp, CompletableFuture<V> value) {

        /** The value read, or null if the read failed or takes longer than {@link #WAIT}. */
        V await() {
            try {
                return value.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException | TimeoutException failedOrSlow) {
                return null;
            }
        }
    }

    /** To take before reading a value that {@link #keep} will keep. */
    public long stamp() {
        return changes.get();
    }

    /**
     * Keeps a value read after {@link #stamp()} returned {@code stamp}, as read at {@code readAtNanos} ({@link
     * System#nanoTime()} before the read), unless a change happened since the stamp.
     */
    public void keep(K key, V value, long stamp, long readAtNanos) {
        if (changes.get() != stamp) {
            return;
        }
        var entry = new Entry<>(value, readAtNanos);
        entries.put(key, entry);
        if (changes.get() != stamp) {
            entries.remove(key, entry); // a change came in between the check and the put
        }
    }

    /** Something every kept value may depend on changed: dropped now and once the current transaction ends. */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        changes.incrementAndGet();
        entries.clear();
    }
}
