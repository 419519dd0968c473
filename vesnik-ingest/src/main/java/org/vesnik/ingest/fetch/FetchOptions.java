package org.vesnik.ingest.fetch;

import java.time.Duration;
import java.util.Objects;
import org.vesnik.ingest.io.ByteLimit;

/**
 * How the fetcher identifies itself and how polite and patient it is.
 *
 * @param userAgent      the User-Agent header: names vesnik and where to reach its operator
 * @param robotsName     the name robots.txt groups are matched against
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a response's headers
 * @param maxRedirects   redirects followed for one URL before giving up
 * @param bodyLimit      the most bytes a body may have, after gzip is undone
 * @param maxRetries     retries after a 429, a 503 or a timeout
 * @param firstBackoff   the wait before the first retry; each next wait doubles
 * @param maxWait        the longest wait the fetcher sits through; a longer Retry-After gives up
 *                       at once and reports when to come back
 * @param hostDelay      the least time between two requests to one host
 * @param obeyRobots     whether robots.txt is fetched and obeyed (always, outside tests)
 */
public record FetchOptions(String userAgent, String robotsName, Duration connectTimeout, Duration requestTimeout,
        int maxRedirects, ByteLimit bodyLimit, int maxRetries, Duration firstBackoff, Duration maxWait,
        Duration hostDelay, boolean obeyRobots) {

    /** Who fetches: vesnik, with a placeholder for the operator's contact page. */
    public static final String DEFAULT_USER_AGENT = "vesnik/0.1 (+https://vesnik.example/contact)";

    public FetchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotsName, "robotsName");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(bodyLimit, "bodyLimit");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(hostDelay, "hostDelay");
        if (maxRedirects < 0 || maxRetries < 0) {
            throw new IllegalArgumentException("redirects and retries cannot be negative");
        }
    }

    public static FetchOptions defaults() {
        return new FetchOptions(DEFAULT_USER_AGENT, "vesnik", Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                new ByteLimit(16L * 1024 * 1024), 3, Duration.ofSeconds(2), Duration.ofMinutes(2),
                Duration.ofSeconds(1), true);
    }

    public FetchOptions withRequestTimeout(Duration timeout) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, timeout, maxRedirects, bodyLimit, maxRetries,
                firstBackoff, maxWait, hostDelay, obeyRobots);
    }

    public FetchOptions withBodyLimit(long bytes) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, requestTimeout, maxRedirects,
                new ByteLimit(bytes), maxRetries, firstBackoff, maxWait, hostDelay, obeyRobots);
    }

    public FetchOptions withRetries(int retries, Duration first, Duration longestWait) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, requestTimeout, maxRedirects, bodyLimit,
                retries, first, longestWait, hostDelay, obeyRobots);
    }

    public FetchOptions withHostDelay(Duration delay) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, requestTimeout, maxRedirects, bodyLimit,
                maxRetries, firstBackoff, maxWait, delay, obeyRobots);
    }

    public FetchOptions withMaxRedirects(int redirects) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, requestTimeout, redirects, bodyLimit,
                maxRetries, firstBackoff, maxWait, hostDelay, obeyRobots);
    }

    /** The same options, with robots.txt obeyed or (in tests of other things) not fetched. */
    public FetchOptions withRobots(boolean obey) {
        return new FetchOptions(userAgent, robotsName, connectTimeout, requestTimeout, maxRedirects, bodyLimit,
                maxRetries, firstBackoff, maxWait, hostDelay, obey);
    }
}
