package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.vesnik.ingest.FeedWatcher;
import org.vesnik.ingest.ReadOptions;
import org.vesnik.ingest.SourceReaders;
import org.vesnik.ingest.fetch.FetchOptions;
import org.vesnik.ingest.fetch.HttpFetcher;
import org.vesnik.ingest.fetch.Sleeper;
import org.vesnik.ingest.fetch.ValidatorStore;
import org.vesnik.ingest.html.ArticleExtractor;

/**
 * How the commands that fetch ({@code extract}, {@code ingest}, {@code watch}) reach the web: the
 * fetcher's options, the clock its politeness delays and Retry-After dates are reckoned in, and
 * how it waits. Users get {@link #real()}; tests give a clock whose sleeper only moves it, so
 * they never wait for politeness.
 */
record Fetching(FetchOptions options, Clock clock, Sleeper sleeper) {

    Fetching {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    static Fetching real() {
        return new Fetching(FetchOptions.defaults(), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    private ReadOptions readOptions() {
        return ReadOptions.defaults().withFetch(options);
    }

    /** The readers of {@code ingest}'s sources; their fetcher is made when a source first needs it. */
    SourceReaders readers() {
        return new SourceReaders(readOptions(), clock, sleeper);
    }

    /** A fetcher that refuses bodies over {@code bodyLimit} bytes. */
    HttpFetcher fetcher(long bodyLimit) {
        return new HttpFetcher(options.withBodyLimit(bodyLimit), new ValidatorStore(), clock, sleeper);
    }

    /**
     * A watcher of the feeds listed in {@code feeds}, keeping what it has seen in {@code state}.
     *
     * @throws org.vesnik.core.decode.BadInputException when {@code state} is not a watch state file
     */
    FeedWatcher watcher(Path feeds, Path state) throws IOException {
        return FeedWatcher.open(feeds, state, readOptions(), new ArticleExtractor(), clock, sleeper);
    }
}
