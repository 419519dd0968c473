package org.vesnik.ingest.fetch;

import java.time.Duration;

/** Waits: the fetcher's politeness delays and back-off go through it, so tests need not sleep. */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
