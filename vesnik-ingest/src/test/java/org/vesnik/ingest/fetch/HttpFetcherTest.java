package org.vesnik.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vesnik.ingest.LocalServer;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.TestClock;

class HttpFetcherTest {

    private static final String HTML = "text/html; charset=utf-8";

    private final LocalServer server = new LocalServer();
    private final TestClock clock = new TestClock();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(FetchOptions options) {
        return new HttpFetcher(options, new ValidatorStore(), clock, clock.sleeper());
    }

    /** No robots.txt and no politeness delay, to see one behaviour alone. */
    private static FetchOptions plain() {
        return FetchOptions.defaults().withRobots(false).withHostDelay(Duration.ZERO);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void namesItselfWithAContactAndAsksForGzip() {
        server.page("/a", HTML, "<p>Здраво</p>");
        fetcher(plain()).fetch(server.url("/a"));
        LocalServer.Request request = server.requests().get(0);
        assertThat(request.header("User-Agent")).startsWith("vesnik/").contains("+https://");
        assertThat(request.header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void gzipBodyIsDecoded() throws IOException {
        byte[] page = "<p>Утре ќе биде сончево.</p>".getBytes(StandardCharsets.UTF_8);
        byte[] compressed = gzip(page);
        server.on("/g", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, HTML, compressed);
        });
        FetchResult result = fetcher(plain()).fetch(server.url("/g"));
        assertThat(result).isInstanceOf(FetchResult.Page.class);
        assertThat(((FetchResult.Page) result).body()).isEqualTo(page);
        assertThat(((FetchResult.Page) result).contentType()).contains(HTML);
    }

    @Test
    void redirectsAreFollowedToTheFinalUrl() {
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            LocalServer.send(exchange, 301, null, new byte[0]);
        });
        server.page("/new", HTML, "<p>ново</p>");
        FetchResult.Page page = (FetchResult.Page) fetcher(plain()).fetch(server.url("/old"));
        assertThat(page.url()).isEqualTo(server.url("/old"));
        assertThat(page.finalUrl()).isEqualTo(server.url("/new"));
    }

    @Test
    void redirectLoopIsReportedWithItsChain() {
        server.on("/a", exchange -> {
            exchange.getResponseHeaders().set("Location", "/b");
            LocalServer.send(exchange, 302, null, new byte[0]);
        });
        server.on("/b", exchange -> {
            exchange.getResponseHeaders().set("Location", server.base() + "/a");
            LocalServer.send(exchange, 302, null, new byte[0]);
        });
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain()).fetch(server.url("/a"));
        assertThat(failed.kind()).isEqualTo(ProblemKind.HTTP);
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.reason()).isEqualTo("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> "
                + server.url("/a"));
        assertThat(failed.redirects()).hasSize(3);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void redirectsBeyondTheBoundAreRefused() {
        for (int i = 0; i < 10; i++) {
            String next = "/r" + (i + 1);
            server.on("/r" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", next);
                LocalServer.send(exchange, 307, null, new byte[0]);
            });
        }
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain().withMaxRedirects(3)).fetch(server.url("/r0"));
        assertThat(failed.reason()).startsWith("more than 3 redirects: ");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        HttpFetcher fetcher = fetcher(plain());
        for (String url : new String[] {"file:///etc/passwd", "ftp://example.org/x", "jar:file:/tmp/a.jar!/b"}) {
            FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(URI.create(url));
            assertThat(failed.kind()).isEqualTo(ProblemKind.HTTP);
            assertThat(failed.reason()).startsWith("refused: only http and https URLs are fetched");
        }
    }

    @Test
    void redirectToAFileUrlIsRefused() {
        server.on("/sneaky", exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            LocalServer.send(exchange, 302, null, new byte[0]);
        });
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain()).fetch(server.url("/sneaky"));
        assertThat(failed.reason()).contains("not file:");
    }

    @Test
    void etagMakesTheNextFetchConditional() {
        server.on("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            LocalServer.send(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher fetcher = fetcher(plain());
        assertThat(fetcher.fetch(server.url("/feed"))).isInstanceOf(FetchResult.Page.class);
        assertThat(fetcher.fetch(server.url("/feed"))).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests().get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void lastModifiedMakesTheNextFetchConditional() {
        String date = "Sun, 29 Nov 2026 09:00:00 GMT";
        server.on("/p", exchange -> {
            if (date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                LocalServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("Last-Modified", date);
            LocalServer.send(exchange, 200, HTML, "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher fetcher = fetcher(plain());
        fetcher.fetch(server.url("/p"));
        assertThat(fetcher.fetch(server.url("/p"))).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void robotsTxtIsObeyedAndFetchedOncePerHost() {
        server.page("/robots.txt", "text/plain", "User-agent: vesnik\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n");
        server.page("/private/a", HTML, "<p>тајно</p>");
        server.page("/public/a", HTML, "<p>јавно</p>");
        server.page("/public/b", HTML, "<p>јавно</p>");
        HttpFetcher fetcher = fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO));
        FetchResult.Failed refused = (FetchResult.Failed) fetcher.fetch(server.url("/private/a"));
        assertThat(refused.kind()).isEqualTo(ProblemKind.ROBOTS);
        assertThat(refused.reason()).contains("robots.txt of " + server.base() + " forbids");
        assertThat(fetcher.fetch(server.url("/public/a"))).isInstanceOf(FetchResult.Page.class);
        assertThat(fetcher.fetch(server.url("/public/b"))).isInstanceOf(FetchResult.Page.class);
        assertThat(server.requestsFor("/robots.txt")).isEqualTo(1);
        assertThat(server.requestsFor("/private/a")).isZero();
    }

    @Test
    void missingRobotsTxtAllowsAll() {
        server.page("/a", HTML, "<p>x</p>");
        assertThat(fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)).fetch(server.url("/a")))
                .isInstanceOf(FetchResult.Page.class);
    }

    @Test
    void robotsTxtServerErrorForbidsForNow() {
        server.on("/robots.txt", exchange -> LocalServer.send(exchange, 500, "text/plain", new byte[0]));
        server.page("/a", HTML, "<p>x</p>");
        FetchResult result = fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)).fetch(server.url("/a"));
        assertThat(((FetchResult.Failed) result).kind()).isEqualTo(ProblemKind.ROBOTS);
        assertThat(server.requestsFor("/a")).isZero();
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() {
        server.page("/a", HTML, "<p>a</p>");
        server.page("/b", HTML, "<p>b</p>");
        HttpFetcher fetcher = fetcher(plain().withHostDelay(Duration.ofSeconds(5)));
        fetcher.fetch(server.url("/a"));
        fetcher.fetch(server.url("/b"));
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(60));
        fetcher.fetch(server.url("/a"));
        assertThat(clock.sleeps()).hasSize(1);
    }

    @Test
    void robotsCrawlDelayLongerThanOursIsHonoured() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 10\n");
        server.page("/a", HTML, "<p>a</p>");
        server.page("/b", HTML, "<p>b</p>");
        HttpFetcher fetcher = fetcher(FetchOptions.defaults().withHostDelay(Duration.ofSeconds(1)));
        fetcher.fetch(server.url("/a"));
        fetcher.fetch(server.url("/b"));
        // robots.txt, then /a one second later, then /b ten seconds after /a
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    @Test
    void serviceUnavailableIsRetriedAfterRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().set("Retry-After", "7");
                LocalServer.send(exchange, 503, "text/plain", new byte[0]);
            } else {
                LocalServer.send(exchange, 200, HTML, "<p>сега</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchResult result = fetcher(plain()).fetch(server.url("/busy"));
        assertThat(result).isInstanceOf(FetchResult.Page.class);
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void tooManyRequestsBacksOffExponentiallyThenGivesUp() {
        server.on("/limited", exchange -> LocalServer.send(exchange, 429, "text/plain", new byte[0]));
        FetchOptions options = plain().withRetries(3, Duration.ofSeconds(2), Duration.ofMinutes(1));
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(options).fetch(server.url("/limited"));
        assertThat(failed.kind()).isEqualTo(ProblemKind.HTTP);
        assertThat(failed.status()).isEqualTo(429);
        assertThat(failed.reason()).isEqualTo("HTTP 429 (after 4 tries)");
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(failed.retryAfter()).contains(Duration.ofSeconds(16));
        assertThat(server.requestsFor("/limited")).isEqualTo(4);
    }

    @Test
    void retryAfterLongerThanThePatienceGivesUpAtOnce() {
        server.on("/later", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            LocalServer.send(exchange, 503, "text/plain", new byte[0]);
        });
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain()).fetch(server.url("/later"));
        assertThat(failed.retryAfter()).contains(Duration.ofHours(1));
        assertThat(clock.sleeps()).isEmpty();
        assertThat(server.requestsFor("/later")).isEqualTo(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsRead() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/date", exchange -> {
            if (calls.getAndIncrement() == 0) {
                // the test clock reads 2026-11-29T10:00:00Z
                exchange.getResponseHeaders().set("Retry-After", "Sun, 29 Nov 2026 10:00:30 GMT");
                LocalServer.send(exchange, 503, "text/plain", new byte[0]);
            } else {
                LocalServer.send(exchange, 200, HTML, "<p>x</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        fetcher(plain()).fetch(server.url("/date"));
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void noAnswerInTimeIsRetriedThenATimeout() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            FetchOptions options = plain().withRequestTimeout(Duration.ofMillis(300))
                    .withRetries(1, Duration.ofSeconds(3), Duration.ofMinutes(1));
            FetchResult.Failed failed = (FetchResult.Failed) fetcher(options).fetch(server.url("/slow"));
            assertThat(failed.kind()).isEqualTo(ProblemKind.TIMEOUT);
            assertThat(failed.reason()).isEqualTo("no answer within 300 ms (after 2 tries)");
            assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
        } finally {
            release.countDown();
        }
    }

    @Test
    void bodyOverTheLimitIsRefusedWithOrWithoutALength() {
        byte[] big = new byte[5000];
        Arrays.fill(big, (byte) 'a');
        server.page("/sized", HTML, new String(big, StandardCharsets.US_ASCII));
        server.on("/chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", HTML);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });
        HttpFetcher fetcher = fetcher(plain().withBodyLimit(1000));
        FetchResult.Failed sized = (FetchResult.Failed) fetcher.fetch(server.url("/sized"));
        assertThat(sized.kind()).isEqualTo(ProblemKind.TOO_LARGE);
        assertThat(sized.reason()).isEqualTo("body of 5000 bytes is larger than the limit of 1000 bytes");
        FetchResult.Failed chunked = (FetchResult.Failed) fetcher.fetch(server.url("/chunked"));
        assertThat(chunked.kind()).isEqualTo(ProblemKind.TOO_LARGE);
    }

    @Test
    void gzipBombIsRefusedAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, HTML, bomb);
        });
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain().withBodyLimit(1024 * 1024)).fetch(server.url("/bomb"));
        assertThat(failed.kind()).isEqualTo(ProblemKind.TOO_LARGE);
        assertThat(failed.reason()).isEqualTo("body larger than the limit of 1 MiB");
    }

    @Test
    void httpErrorCarriesItsStatus() {
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain()).fetch(server.url("/nowhere"));
        assertThat(failed.kind()).isEqualTo(ProblemKind.HTTP);
        assertThat(failed.status()).isEqualTo(404);
        assertThat(failed.toProblem().line()).isEqualTo(server.url("/nowhere") + ": HTTP 404");
    }

    @Test
    void refusedConnectionIsAProblem() {
        URI gone;
        try (LocalServer closed = new LocalServer()) {
            gone = closed.url("/x");
        }
        FetchResult.Failed failed = (FetchResult.Failed) fetcher(plain()).fetch(gone);
        assertThat(failed.kind()).isEqualTo(ProblemKind.HTTP);
        assertThat(failed.status()).isZero();
        assertThat(failed.reason()).isEqualTo("cannot fetch: no connection to 127.0.0.1:" + gone.getPort());
    }

    @Test
    void aHostThatDoesNotResolveIsNamed() {
        // as the JDK's client reports it: no message, the reason in the cause
        IOException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        assertThat(HttpFetcher.noResponse(unresolved, URI.create("https://nema.invalid/vest")))
                .isEqualTo("the host nema.invalid does not resolve");
        assertThat(HttpFetcher.noResponse(new ConnectException("Connection refused"), URI.create("https://mia.mk/")))
                .isEqualTo("no connection to mia.mk:443 (Connection refused)");
        assertThat(HttpFetcher.noResponse(new IOException("stream closed"), URI.create("http://mia.mk/")))
                .isEqualTo("stream closed");
    }
}
