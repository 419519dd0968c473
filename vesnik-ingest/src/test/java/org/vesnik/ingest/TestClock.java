package org.vesnik.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vesnik.ingest.fetch.Sleeper;

/**
 * A clock that moves only when told, and a sleeper that moves it instead of waiting, recording
 * each wait: tests of politeness and back-off run at once and see every delay asked for.
 */
public final class TestClock extends Clock {

    private volatile Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public TestClock(Instant start) {
        this.now = start;
    }

    public TestClock() {
        this(Instant.parse("2026-11-29T10:00:00Z"));
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** A sleeper that advances this clock by each wait and records it. */
    public Sleeper sleeper() {
        return d -> {
            sleeps.add(d);
            advance(d);
        };
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
