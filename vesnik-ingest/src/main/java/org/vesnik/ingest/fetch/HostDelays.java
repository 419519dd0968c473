package org.vesnik.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host apart by at least the politeness delay (or the host's robots.txt
 * Crawl-delay, when longer). Hosts are independent. Thread-safe: a caller waits for its turn.
 */
final class HostDelays {

    private final Duration delay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextAllowed = new HashMap<>();

    HostDelays(Duration delay, Clock clock, Sleeper sleeper) {
        this.delay = delay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until the host may be asked again and books the slot after this request. */
    void awaitTurn(String host, Duration hostOwnDelay) throws InterruptedException {
        Duration gap = hostOwnDelay.compareTo(delay) > 0 ? hostOwnDelay : delay;
        Instant slot;
        synchronized (this) {
            Instant now = clock.instant();
            Instant next = nextAllowed.getOrDefault(host, now);
            slot = next.isAfter(now) ? next : now;
            nextAllowed.put(host, slot.plus(gap));
        }
        Duration wait = Duration.between(clock.instant(), slot);
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
    }
}
