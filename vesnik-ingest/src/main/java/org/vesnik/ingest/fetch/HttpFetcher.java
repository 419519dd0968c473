package org.vesnik.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.io.ContentEncoding;
import org.vesnik.ingest.io.TooLargeException;

/**
 * Fetches http and https URLs with the JDK's HttpClient, as a polite crawler does: it names
 * itself, obeys robots.txt, spaces requests to a host, follows a bounded number of redirects
 * itself (so that a loop is seen and named), retries 429, 503 and timeouts with exponential
 * back-off (honouring Retry-After), makes conditional GETs, asks for gzip and bounds the body.
 * Thread-safe.
 */
public final class HttpFetcher implements Fetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    /** One request's outcome: a final result, or a redirect to follow. */
    private record Hop(Optional<FetchResult> result, Optional<String> location, int status) {
        static Hop done(FetchResult result) {
            return new Hop(Optional.of(result), Optional.empty(), 0);
        }
    }

    private final FetchOptions options;
    private final ValidatorStore validators;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient client;
    private final HostDelays delays;
    private final RobotsRules robots;

    public HttpFetcher() {
        this(FetchOptions.defaults());
    }

    public HttpFetcher(FetchOptions options) {
        this(options, new ValidatorStore(), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * @param validators where ETags and Last-Modified dates are kept per URL
     * @param clock      the time politeness and Retry-After dates are reckoned in
     * @param sleeper    how the fetcher waits (tests pass one that only advances their clock)
     */
    public HttpFetcher(FetchOptions options, ValidatorStore validators, Clock clock, Sleeper sleeper) {
        this.options = options;
        this.validators = validators;
        this.clock = clock;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.delays = new HostDelays(options.hostDelay(), clock, sleeper);
        this.robots = new RobotsRules(options.robotsName(), url -> follow(url, false), clock);
    }

    @Override
    public FetchResult fetch(URI url) {
        return follow(url, options.obeyRobots());
    }

    private FetchResult follow(URI start, boolean checkRobots) {
        List<URI> chain = new ArrayList<>();
        chain.add(start);
        URI current = start;
        while (true) {
            Optional<String> refused = refusal(current);
            if (refused.isPresent()) {
                return new FetchResult.Failed(start, ProblemKind.HTTP, 0, refused.get(), chain, Optional.empty());
            }
            Duration crawlDelay = Duration.ZERO;
            if (checkRobots) {
                BaseRobotRules rules = robots.forUrl(current);
                if (!rules.isAllowed(current.toString())) {
                    return new FetchResult.Failed(start, ProblemKind.ROBOTS, 0,
                            "robots.txt of " + RobotsRules.origin(current) + " forbids " + current, chain,
                            Optional.empty());
                }
                crawlDelay = RobotsRules.crawlDelay(rules);
            }
            Hop hop = exchange(start, current, crawlDelay);
            if (hop.result().isPresent()) {
                return hop.result().get();
            }
            URI next;
            try {
                next = current.resolve(hop.location().orElseThrow().strip());
            } catch (IllegalArgumentException e) {
                return FetchResult.Failed.of(start, ProblemKind.HTTP, hop.status(),
                        "HTTP " + hop.status() + " redirects to a malformed Location: " + hop.location().orElseThrow());
            }
            if (chain.contains(next)) {
                chain.add(next);
                return new FetchResult.Failed(start, ProblemKind.HTTP, hop.status(), "redirect loop: " + arrows(chain),
                        chain, Optional.empty());
            }
            chain.add(next);
            if (chain.size() - 1 > options.maxRedirects()) {
                return new FetchResult.Failed(start, ProblemKind.HTTP, hop.status(),
                        "more than " + options.maxRedirects() + " redirects: " + arrows(chain), chain, Optional.empty());
            }
            current = next;
        }
    }

    /** Why a URL is not fetched at all: only http and https, never file:, ftp: or jar:. */
    static Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("refused: only http and https URLs are fetched, not "
                    + (scheme.isEmpty() ? "a relative URL" : scheme + ":") + " (" + url + ")");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("refused: the URL names no host (" + url + ")");
        }
        return Optional.empty();
    }

    private Hop exchange(URI start, URI url, Duration crawlDelay) {
        for (int attempt = 0; ; attempt++) {
            try {
                delays.awaitTurn(RobotsRules.origin(url), crawlDelay);
                HttpResponse<InputStream> response = client.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status == 429 || status == 503) {
                    response.body().close();
                    Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant())
                            .orElse(backoff(attempt));
                    if (attempt >= options.maxRetries() || wait.compareTo(options.maxWait()) > 0) {
                        return Hop.done(new FetchResult.Failed(start, ProblemKind.HTTP, status,
                                "HTTP " + status + tries(attempt), List.of(), Optional.of(wait)));
                    }
                    sleeper.sleep(wait);
                    continue;
                }
                if (isRedirect(status)) {
                    response.body().close();
                    Optional<String> location = response.headers().firstValue("Location");
                    if (location.isEmpty()) {
                        return Hop.done(FetchResult.Failed.of(start, ProblemKind.HTTP, status,
                                "HTTP " + status + " without a Location"));
                    }
                    return new Hop(Optional.empty(), location, status);
                }
                if (status == 304) {
                    response.body().close();
                    return Hop.done(new FetchResult.NotModified(start, clock.instant()));
                }
                if (status < 200 || status > 299) {
                    response.body().close();
                    return Hop.done(FetchResult.Failed.of(start, ProblemKind.HTTP, status, "HTTP " + status));
                }
                return Hop.done(page(start, url, response));
            } catch (HttpTimeoutException e) {
                Duration wait = backoff(attempt);
                if (attempt >= options.maxRetries()) {
                    return Hop.done(new FetchResult.Failed(start, ProblemKind.TIMEOUT, 0,
                            "no answer within " + seconds(options.requestTimeout()) + tries(attempt), List.of(),
                            Optional.of(wait)));
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return Hop.done(interrupted(start));
                }
            } catch (IOException e) {
                return Hop.done(FetchResult.Failed.of(start, ProblemKind.HTTP, 0, "cannot fetch: " + noResponse(e, url)));
            } catch (InterruptedException e) {
                return Hop.done(interrupted(start));
            } catch (IllegalArgumentException e) {
                return Hop.done(FetchResult.Failed.of(start, ProblemKind.HTTP, 0, "refused: " + e.getMessage()));
            }
        }
    }

    private HttpRequest request(URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        validators.get(url.toString()).ifPresent(known -> {
            known.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
            known.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
        });
        return builder.build();
    }

    private FetchResult page(URI start, URI url, HttpResponse<InputStream> response) throws IOException {
        int status = response.statusCode();
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > options.bodyLimit().max()) {
            response.body().close();
            return FetchResult.Failed.of(start, ProblemKind.TOO_LARGE, status,
                    "body of " + length.getAsLong() + " bytes is larger than the limit of " + options.bodyLimit().describe());
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        byte[] body;
        try (InputStream raw = response.body(); InputStream in = ContentEncoding.decode(raw, encoding)) {
            body = options.bodyLimit().readAll(in);
        } catch (TooLargeException e) {
            return FetchResult.Failed.of(start, ProblemKind.TOO_LARGE, status, "body " + e.getMessage());
        } catch (ZipException | EOFException e) {
            return FetchResult.Failed.of(start, ProblemKind.CORRUPT, status,
                    encoding + " body does not decode: " + describe(e));
        } catch (ContentEncoding.UnsupportedException e) {
            return FetchResult.Failed.of(start, ProblemKind.NOT_HTML, status, e.getMessage());
        }
        validators.put(url.toString(), new Validators(response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified")));
        return new FetchResult.Page(start, url, status, response.headers().firstValue("Content-Type"), body,
                clock.instant());
    }

    private Duration backoff(int attempt) {
        Duration wait = options.firstBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(options.maxWait()) > 0 ? options.maxWait() : wait;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private FetchResult.Failed interrupted(URI start) {
        Thread.currentThread().interrupt();
        return FetchResult.Failed.of(start, ProblemKind.TIMEOUT, 0, "interrupted while fetching");
    }

    private static String tries(int attempt) {
        return attempt == 0 ? "" : " (after " + (attempt + 1) + " tries)";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String arrows(List<URI> chain) {
        return chain.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    /**
     * Why a request got no response, in a user's words: the JDK's HttpClient says only
     * "ConnectException", with no message, for a host that does not resolve and for a refused
     * connection alike; the cause tells them apart.
     */
    static String noResponse(IOException e, URI url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "the host " + url.getHost() + " does not resolve";
            }
        }
        if (e instanceof ConnectException) {
            int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
            String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
            return "no connection to " + url.getHost() + ":" + port + message;
        }
        return describe(e);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
