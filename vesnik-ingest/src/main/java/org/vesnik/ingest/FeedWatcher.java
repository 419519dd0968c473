package org.vesnik.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.vesnik.ingest.fetch.FetchResult;
import org.vesnik.ingest.fetch.HttpFetcher;
import org.vesnik.ingest.fetch.Sleeper;
import org.vesnik.ingest.fetch.ValidatorStore;
import org.vesnik.ingest.fetch.Validators;
import org.vesnik.ingest.html.ArticleExtractor;

/**
 * Polls the feeds listed in a file, round after round, and hands each item it has not seen
 * before to a callback as an article (or the problem that kept it from being one). Each feed is
 * asked for with a conditional GET, obeying robots.txt, the per-host delay, and retries with
 * back-off; a feed that keeps failing (429, 503, timeouts) is left alone for longer each time,
 * or for as long as its Retry-After says. What it has seen, the feeds' validators and their
 * waits are kept in a state file, so a restart goes on where the last run stopped. Not
 * thread-safe: one watcher, one thread.
 *
 * <pre>{@code
 * FeedWatcher watcher = FeedWatcher.open(Path.of("feeds.txt"), Path.of("watch-state.json"));
 * watcher.watch(Interval.parse("10m"), item -> archive.add(item), status -> err.println(status.line()),
 *         () -> true);
 * }</pre>
 */
public final class FeedWatcher {

    /** The first wait after a failed round without a Retry-After; it doubles with each failure. */
    static final Duration FIRST_ROUND_BACKOFF = Duration.ofMinutes(1);
    static final Duration MAX_ROUND_BACKOFF = Duration.ofHours(6);

    private final Path feedsFile;
    private final WatchState state;
    private final ValidatorStore validators = new ValidatorStore();
    private final HttpFetcher fetcher;
    private final FeedItems items;
    private final Clock clock;
    private final Sleeper sleeper;

    private FeedWatcher(Path feedsFile, WatchState state, ReadOptions options, ArticleExtractor extractor, Clock clock,
            Sleeper sleeper) {
        this.feedsFile = feedsFile;
        this.state = state;
        this.clock = clock;
        this.sleeper = sleeper;
        this.fetcher = new HttpFetcher(options.fetch(), validators, clock, sleeper);
        this.items = new FeedItems(options.fetchLinkedPages() ? Optional.of(fetcher) : Optional.empty(),
                new PageArticles(extractor));
        state.feeds().forEach((url, feed) -> {
            if (!feed.validatorsUrl.isEmpty()) {
                validators.put(feed.validatorsUrl, feed.validators);
            }
        });
    }

    /**
     * A watcher with the default options, the system clock and real waits.
     *
     * @param feedsFile one feed URL a line, {@code #} comments; read again at each round
     * @param stateFile where what has been seen is kept (created on the first save)
     * @throws IOException when the state file cannot be read; a state file that is not one is a
     *                     {@link org.vesnik.core.decode.BadInputException}
     */
    public static FeedWatcher open(Path feedsFile, Path stateFile) throws IOException {
        return open(feedsFile, stateFile, ReadOptions.defaults(), new ArticleExtractor(), Clock.systemUTC(),
                Sleeper.SYSTEM);
    }

    /** A watcher with the given options, extractor, clock and way of waiting (tests pass their own). */
    public static FeedWatcher open(Path feedsFile, Path stateFile, ReadOptions options, ArticleExtractor extractor,
            Clock clock, Sleeper sleeper) throws IOException {
        Objects.requireNonNull(feedsFile, "feedsFile");
        return new FeedWatcher(feedsFile, WatchState.load(stateFile), options, extractor, clock, sleeper);
    }

    /**
     * Rounds until {@code goOn} says stop (it is asked after each round), {@code every} apart.
     *
     * @throws java.nio.file.NoSuchFileException when the feeds file is missing
     */
    public void watch(Duration every, Consumer<ReadItem> sink, Consumer<FeedStatus> status, BooleanSupplier goOn)
            throws IOException, InterruptedException {
        while (true) {
            for (FeedStatus feed : poll(sink)) {
                status.accept(feed);
            }
            if (!goOn.getAsBoolean()) {
                return;
            }
            sleeper.sleep(every);
        }
    }

    /**
     * One round: each feed of the file is asked for once (unless it is waiting after a failure),
     * and its new items are handed to {@code sink} before the next feed is asked for. The state
     * is saved after each feed.
     *
     * @return a status a feed (and a line of the feeds file that is not a URL)
     * @throws java.nio.file.NoSuchFileException when the feeds file is missing
     */
    public List<FeedStatus> poll(Consumer<ReadItem> sink) throws IOException {
        List<FeedStatus> statuses = new ArrayList<>();
        for (FeedList.Entry entry : FeedList.read(feedsFile)) {
            if (entry.url().isEmpty()) {
                statuses.add(new FeedStatus(entry.where(), 0, 0, 0, Optional.empty(), entry.problem()));
                continue;
            }
            statuses.add(pollFeed(entry.url().get(), sink));
            state.save();
        }
        return statuses;
    }

    private FeedStatus pollFeed(URI url, Consumer<ReadItem> sink) {
        String name = url.toString();
        WatchState.Feed feed = state.feed(name);
        Instant now = clock.instant();
        if (feed.retryAt.isPresent() && feed.retryAt.get().isAfter(now)) {
            Duration left = Duration.between(now, feed.retryAt.get());
            return new FeedStatus(name, 0, 0, 0, Optional.of(left), "waiting, retry in " + Interval.format(left));
        }
        FetchResult result = fetcher.fetch(url);
        if (result instanceof FetchResult.NotModified) {
            succeeded(feed);
            return new FeedStatus(name, 304, 0, 0, Optional.empty(), "304 not modified");
        }
        if (result instanceof FetchResult.Failed failed) {
            return failed(feed, failed);
        }
        FetchResult.Page page = (FetchResult.Page) result;
        SyndFeed parsed;
        try {
            parsed = FeedParser.parse(page.body(), name);
        } catch (ReadFailure e) {
            return new FeedStatus(name, page.status(), 0, 0, Optional.empty(),
                    page.status() + ", " + e.problem().reason());
        }
        int fresh = 0;
        int index = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            index++;
            String key = FeedItems.key(entry);
            if (feed.seen.contains(key)) {
                continue;
            }
            sink.accept(items.read(parsed, entry, name, index, Optional.of(page.fetched())));
            feed.see(key);
            fresh++;
        }
        succeeded(feed);
        feed.validatorsUrl = page.finalUrl().toString();
        feed.validators = validators.get(feed.validatorsUrl).orElse(new Validators(Optional.empty(), Optional.empty()));
        int total = parsed.getEntries().size();
        return new FeedStatus(name, page.status(), total, fresh, Optional.empty(),
                page.status() + ", " + total + (total == 1 ? " item, " : " items, ") + fresh + " new");
    }

    private static void succeeded(WatchState.Feed feed) {
        feed.failures = 0;
        feed.retryAt = Optional.empty();
    }

    private FeedStatus failed(WatchState.Feed feed, FetchResult.Failed failed) {
        boolean temporary = failed.retryAfter().isPresent();
        String status = failed.status() > 0 ? String.valueOf(failed.status())
                : failed.kind() == ProblemKind.TIMEOUT ? "no answer in time" : failed.reason();
        if (!temporary) {
            String summary = failed.kind() == ProblemKind.HTTP && failed.status() > 0 && failed.redirects().isEmpty()
                    ? status : failed.reason();
            return new FeedStatus(failed.url().toString(), failed.status(), 0, 0, Optional.empty(), summary);
        }
        feed.failures++;
        Duration backoff = FIRST_ROUND_BACKOFF.multipliedBy(1L << Math.min(feed.failures - 1, 16));
        if (backoff.compareTo(MAX_ROUND_BACKOFF) > 0) {
            backoff = MAX_ROUND_BACKOFF;
        }
        Duration wait = failed.retryAfter().get().compareTo(backoff) > 0 ? failed.retryAfter().get() : backoff;
        feed.retryAt = Optional.of(clock.instant().plus(wait));
        return new FeedStatus(failed.url().toString(), failed.status(), 0, 0, Optional.of(wait),
                status + ", retry in " + Interval.format(wait));
    }
}
