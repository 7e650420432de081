package io.tradegraph.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A request's line says how long it took as {@code %.1f} says it, without a formatter per request. */
class RequestLogTest {

    @Test
    void durationsReadAsPrintfWritesThemToATenthOfAMillisecond() {
        long[] nanos = { 0, 1, 49_999, 50_000, 99_999, 149_999, 150_000, 950_000, 999_999, 1_000_000, 12_345_678,
                12_350_000, 99_950_000, 4_999_949_999L, 86_400_000_000_000L };
        for (long n : nanos) {
            assertEquals(String.format(Locale.ROOT, "%.1f", n / 1_000_000.0), RequestLog.millis(n), n + " ns");
        }
        for (long n = 0; n < 3_000_000; n += 7_919) {
            assertEquals(String.format(Locale.ROOT, "%.1f", n / 1_000_000.0), RequestLog.millis(n), n + " ns");
        }
    }
}
