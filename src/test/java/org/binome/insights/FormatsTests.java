package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FormatsTests {

    @Test
    void writesNumbersAsEachLanguageDoesWhateverWasWrittenBeforeOnTheThread() {
        assertThat(Formats.integer(12_345, Locale.FRENCH)).isEqualTo("12\u202f345");
        assertThat(Formats.integer(12_345, Locale.ENGLISH)).isEqualTo("12,345");
        assertThat(Formats.decimal(3.25, Locale.FRENCH)).isEqualTo("3,2");
        assertThat(Formats.decimal(3.0, Locale.ENGLISH)).isEqualTo("3.0");
        assertThat(Formats.percent(0.423, Locale.FRENCH)).isEqualTo("42\u00a0%");
        assertThat(Formats.percent(0.423, Locale.ENGLISH)).isEqualTo("42%");
        assertThat(Formats.points(0.052, Locale.FRENCH)).isEqualTo("+5,2\u00a0pts");
        assertThat(Formats.signed(-5.4, Locale.ENGLISH)).isEqualTo("\u22125");
        assertThat(Formats.integer(12_345, Locale.FRENCH)).isEqualTo("12\u202f345");
        assertThat(Formats.decimal(null, Locale.FRENCH)).isEqualTo(Formats.NONE);
    }

    @Test
    void threadsFormattingAtOnceDoNotMixTheirFigures() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 1_000_000;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        long value = offset + i;
                        var text = Formats.integer(value, Locale.ENGLISH).replace(",", "");
                        if (Long.parseLong(text) != value) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
