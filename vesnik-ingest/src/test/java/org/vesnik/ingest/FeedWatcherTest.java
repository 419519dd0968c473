package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.ingest.fetch.FetchOptions;
import org.vesnik.ingest.html.ArticleExtractor;

class FeedWatcherTest {

    private static final String NEW_ITEM = "<item><title>Пелистер победи во дербито</title>"
            + "<link>http://vesnik.test/sport/pelister</link><guid isPermaLink=\"false\">vesnik-test-1004</guid>"
            + "<pubDate>Sun, 29 Nov 2026 11:00:00 +0100</pubDate>"
            + "<description>Ракометарите на Пелистер победија со 30:28.</description></item>";

    private final LocalServer server = new LocalServer();
    private final TestClock clock = new TestClock();
    private final AtomicReference<String> feed = new AtomicReference<>();
    private final AtomicReference<String> etag = new AtomicReference<>("\"r1\"");
    private final List<ReadItem> handed = new ArrayList<>();

    @TempDir
    Path dir;

    private Path feeds;
    private Path state;

    @BeforeEach
    void serve() throws IOException {
        feed.set(Served.resource("feeds/rss2-mk.xml", server));
        server.on("/rss", exchange -> {
            if (etag.get().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag.get());
            LocalServer.send(exchange, 200, "application/rss+xml; charset=utf-8", feed.get().getBytes(StandardCharsets.UTF_8));
        });
        server.page("/vesti/most-velez", "text/html; charset=utf-8",
                Served.page("Нов мост", "Мостот е долг 120 метри и има осветлување по целата должина."));
        feeds = Files.writeString(dir.resolve("feeds.txt"), "# весници што ги следиме\n\n" + server.url("/rss")
                + "   # Весник Тест\nftp://vesnik.test/rss\n");
        state = dir.resolve("state/watch.json");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedWatcher watcher(FetchOptions fetch) throws IOException {
        return FeedWatcher.open(feeds, state, ReadOptions.defaults().withFetch(fetch), new ArticleExtractor(), clock,
                clock.sleeper());
    }

    private FeedWatcher watcher() throws IOException {
        return watcher(FetchOptions.defaults());
    }

    private List<String> round(FeedWatcher watcher) throws IOException {
        return watcher.poll(handed::add).stream().map(FeedStatus::line).collect(Collectors.toList());
    }

    @Test
    void newItemsAreHandedOnOnceAndAnUnchangedFeedIsNotModified() throws IOException {
        FeedWatcher watcher = watcher();
        String rss = server.url("/rss").toString();

        assertThat(round(watcher)).containsExactly(rss + ": 200, 3 items, 3 new",
                feeds + ":4: not an http(s) URL: ftp://vesnik.test/rss");
        assertThat(handed).hasSize(3).allMatch(i -> i instanceof ReadItem.Found);
        assertThat(((ReadItem.Found) handed.get(0)).article().text()).contains("Мостот е долг 120 метри");

        assertThat(round(watcher)).first().isEqualTo(rss + ": 304 not modified");
        assertThat(handed).hasSize(3);

        feed.set(feed.get().replaceFirst("<item>",
                Matcher.quoteReplacement(NEW_ITEM.replace("http://vesnik.test", server.base()) + "<item>")));
        etag.set("\"r2\"");
        assertThat(round(watcher)).first().isEqualTo(rss + ": 200, 4 items, 1 new");
        assertThat(handed).hasSize(4);
        assertThat(handed.get(3).source()).isEqualTo(server.base() + "/sport/pelister");
    }

    @Test
    void whatWasSeenSurvivesARestart() throws IOException {
        round(watcher());
        assertThat(Files.exists(state)).isTrue();

        assertThat(round(watcher())).first().isEqualTo(server.url("/rss") + ": 304 not modified");
        assertThat(server.requests().get(server.requests().size() - 1).header("If-None-Match")).isEqualTo("\"r1\"");

        etag.set("\"r2\"");
        assertThat(round(watcher())).first().isEqualTo(server.url("/rss") + ": 200, 3 items, 0 new");
        assertThat(handed).hasSize(3);
    }

    @Test
    void serviceUnavailableWaitsAsRetryAfterSays() throws IOException {
        AtomicInteger busy = new AtomicInteger(1);
        server.on("/rss", exchange -> {
            if (busy.get() > 0) {
                exchange.getResponseHeaders().set("Retry-After", "120");
                LocalServer.send(exchange, 503, "text/plain", new byte[0]);
            } else {
                LocalServer.send(exchange, 200, "application/rss+xml", feed.get().getBytes(StandardCharsets.UTF_8));
            }
        });
        FeedWatcher watcher = watcher(FetchOptions.defaults().withRetries(0, Duration.ofSeconds(2), Duration.ofMinutes(2)));
        String rss = server.url("/rss").toString();

        assertThat(round(watcher)).first().isEqualTo(rss + ": 503, retry in 2m");
        long asked = server.requestsFor("/rss");
        clock.advance(Duration.ofSeconds(30));
        assertThat(round(watcher)).first().isEqualTo(rss + ": waiting, retry in 1m30s");
        assertThat(server.requestsFor("/rss")).isEqualTo(asked);

        busy.set(0);
        clock.advance(Duration.ofSeconds(90));
        assertThat(round(watcher)).first().isEqualTo(rss + ": 200, 3 items, 3 new");
    }

    @Test
    void aFeedThatKeepsFailingIsLeftAloneLongerEachTime() throws IOException {
        server.on("/rss", exchange -> LocalServer.send(exchange, 503, "text/plain", new byte[0]));
        FeedWatcher watcher = watcher(FetchOptions.defaults().withRetries(0, Duration.ofSeconds(2), Duration.ofMinutes(2)));
        String rss = server.url("/rss").toString();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(round(watcher).get(0));
            clock.advance(Duration.ofMinutes(1L << i));
        }
        assertThat(lines).containsExactly(rss + ": 503, retry in 1m", rss + ": 503, retry in 2m", rss + ": 503, retry in 4m");
    }

    @Test
    void feedForbiddenByRobotsSaysSo() throws IOException {
        server.page("/robots.txt", "text/plain", "User-agent: vesnik\nDisallow: /rss\n");
        assertThat(round(watcher())).first().isEqualTo(server.url("/rss") + ": robots.txt of " + server.base()
                + " forbids " + server.url("/rss"));
        assertThat(handed).isEmpty();
    }

    @Test
    void feedThatIsNotAFeedSaysSo() throws IOException {
        server.page("/rss", "application/rss+xml", "<html><body>Страницата не постои</body></html>");
        assertThat(round(watcher())).first().asString().startsWith(server.url("/rss") + ": 200, not an RSS or Atom feed");
    }

    @Test
    void watchPollsEveryIntervalUntilToldToStop() throws IOException, InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        List<String> statuses = new ArrayList<>();
        watcher().watch(Interval.parse("10m"), handed::add, s -> statuses.add(s.line()),
                () -> rounds.incrementAndGet() < 2);
        assertThat(statuses).filteredOn(s -> s.startsWith(server.base())).containsExactly(
                server.url("/rss") + ": 200, 3 items, 3 new", server.url("/rss") + ": 304 not modified");
        assertThat(clock.sleeps()).contains(Duration.ofMinutes(10));
    }

    @Test
    void missingFeedsFileIsNoSuchFile() throws IOException {
        FeedWatcher watcher = FeedWatcher.open(dir.resolve("nema.txt"), state);
        assertThatThrownBy(() -> watcher.poll(handed::add)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void stateFileThatIsNotOneIsBadInput() throws IOException {
        Files.createDirectories(state.getParent());
        Files.writeString(state, "[1, 2, 3]");
        assertThatThrownBy(() -> FeedWatcher.open(feeds, state)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a watch state file");
    }
}
