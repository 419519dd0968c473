package org.vesnik.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one feed fared in one round of the {@link FeedWatcher}.
 *
 * @param feed    the feed's URL (or the feeds file's line, for a line that is not a URL)
 * @param status  the HTTP status, or 0 when there was no response (or no request)
 * @param items   the items the feed has now (0 when it was not read)
 * @param fresh   the items not seen before, handed on this round
 * @param retryIn when the feed is next asked for, when it is made to wait
 * @param summary what happened, in the words of the status line
 */
public record FeedStatus(String feed, int status, int items, int fresh, Optional<Duration> retryIn, String summary) {

    public FeedStatus {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(retryIn, "retryIn");
        Objects.requireNonNull(summary, "summary");
    }

    /** The status line: {@code url: 200, 12 items, 3 new}, {@code url: 304 not modified}, {@code url: 503, retry in 2m}. */
    public String line() {
        return feed + ": " + summary;
    }
}
