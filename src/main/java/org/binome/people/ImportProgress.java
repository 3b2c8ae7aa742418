package org.binome.people;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Turns the position reached in a file into a percentage, telling only when it changes and at most every half second:
 * each report is a commit of its own, and on the embedded H2 database (written to disk at every commit) a commit
 * during a large import also writes the import's pending pages.
 */
final class ImportProgress implements LongConsumer {

    private static final long EVERY_NANOS = 500_000_000L;
    private final long size;
    private final IntConsumer percent;
    private int last = -1;
    private long lastTime;

    ImportProgress(long size, IntConsumer percent) {
        this.size = Math.max(1, size);
        this.percent = percent;
    }

    @Override
    public void accept(long position) {
        int now = (int) Math.min(99, position * 100 / size);
        if (now != last && (last < 0 || System.nanoTime() - lastTime >= EVERY_NANOS)) {
            last = now;
            lastTime = System.nanoTime();
            percent.accept(now);
        }
    }
}
