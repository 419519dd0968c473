package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.lucene.LuceneArchiveWriter;
import org.vesnik.ingest.LocalServer;

class WatchCommandTest {

    private final LocalNews news = new LocalNews();
    private final AtomicReference<List<String>> items = new AtomicReference<>(List.of("/vesti/most", "/vesti/sneg"));

    @TempDir
    Path dir;

    private Path feeds;
    private Path archive;
    private String rss;

    @BeforeEach
    void serve() throws IOException {
        news.threeArticles()
            .feed("/rss", items);
        rss = news.url("/rss");
        feeds = Files.writeString(dir.resolve("feeds.txt"), "# the feeds we follow\n" + rss + "   # Тест Вести\n",
                StandardCharsets.UTF_8);
        archive = dir.resolve("archive");
    }

    @AfterEach
    void stop() {
        news.close();
    }

    private CliRun vesnik(StopSignal stop, String... args) {
        return CliRun.runWith(news.fetching(), stop, Map.of("VESNIK_ARCHIVE", archive.toString()), args);
    }

    private CliRun vesnik(String... args) {
        return vesnik(new StopSignal(), args);
    }

    private CliRun watchOnce() {
        return vesnik("watch", feeds.toString(), "--once");
    }

    private String roundLine(CliRun run) {
        return run.out().lines().filter(l -> l.startsWith("round ")).findFirst().orElseThrow();
    }

    @Test
    void aRoundIngestsNewItemsTheNext304sAndANewItemIsIngestedAndFound() {
        CliRun first = watchOnce();
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out().lines()).first().isEqualTo(rss + ": 200, 2 items, 2 new");
        assertThat(roundLine(first)).matches("round 1, \\S+Z: 2 read, 2 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(news.server().requestsFor("/vesti/most")).isEqualTo(1);

        CliRun second = watchOnce();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out().lines()).first().isEqualTo(rss + ": 304 not modified");
        assertThat(roundLine(second)).endsWith(": 0 read, 0 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(news.server().requests()).filteredOn(r -> r.path().equals("/rss")).last()
                .satisfies(r -> assertThat(r.header("If-None-Match")).isNotEmpty());

        items.set(List.of("/sport/pelister", "/vesti/most", "/vesti/sneg"));
        CliRun third = watchOnce();
        assertThat(third.out().lines()).first().isEqualTo(rss + ": 200, 3 items, 1 new");
        assertThat(roundLine(third)).endsWith(": 1 read, 1 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(news.server().requestsFor("/vesti/most")).as("a page seen is not fetched again").isEqualTo(1);

        CliRun search = vesnik("search", "Битола");
        assertThat(search.out()).startsWith("1 article matches").contains(news.url("/sport/pelister"));
        assertThat(vesnik("search", "жичарницата").out()).startsWith("1 article matches");
    }

    @Test
    void theStateIsKeptInTheArchiveFolder() throws IOException {
        watchOnce();
        Path state = archive.resolve("watch-state.json");
        assertThat(state).exists();
        assertThat(Files.readString(state)).contains(rss).contains("test/vesti/most").contains("etag");
    }

    @Test
    void itemsGoThroughIngestsPathOtherLanguagesCountedNotArchived() {
        news.article("/bg/vest", "Правителството одобри бюджета",
                "Правителството одобри проектобюджета за следващата година, съобщиха от министерството.",
                "Министърът заяви, че дефицитът ще бъде под три процента.");
        items.set(List.of("/bg/vest", "/vesti/most"));
        CliRun run = watchOnce();
        assertThat(run.exitCode()).isZero();
        assertThat(roundLine(run)).endsWith(": 2 read, 1 new, 0 updated, 0 unchanged, 1 skipped (1 language bg)");
        assertThat(vesnik("search", "дефицитът").out()).startsWith("0 articles");
    }

    @Test
    void anItemWhosePageCannotBeHadIsListedAndExit65() {
        news.server().on("/vesti/prazna", exchange -> LocalServer.send(exchange, 404, "text/plain", new byte[0]));
        items.set(List.of("/vesti/prazna", "/vesti/most"));
        CliRun run = watchOnce();
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.out()).contains("  " + news.url("/vesti/prazna") + ": http: HTTP 404; the feed item has no text of its own");
        assertThat(roundLine(run)).endsWith(": 2 read, 1 new, 0 updated, 0 unchanged, 1 skipped (1 http)");
    }

    @Test
    void askedToStopInARoundItEndsTheRoundCommitsAndStops() {
        StopSignal stop = new StopSignal();
        // the request comes while the round is fetching its items' pages, as Ctrl-C would
        news.server().on("/vesti/sneg", exchange -> {
            stop.ask();
            LocalServer.send(exchange, 200, "text/html; charset=utf-8", ("<html lang=mk><body><article><h1>Снег</h1><p>"
                    + "Првиот снег оваа зима падна синоќа на Попова Шапка, а жичарницата ќе работи од сабота.</p>"
                    + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        });
        CliRun run = vesnik(stop, "watch", feeds.toString(), "--every", "10m");
        assertThat(run.exitCode()).isZero();
        assertThat(roundLine(run)).endsWith(": 2 read, 2 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(run.out().lines().filter(l -> l.startsWith("round "))).hasSize(1);
        assertThat(run.err()).contains("vesnik: watch: stopped after 1 round; the archive is committed and closed");
        assertThat(news.server().requestsFor("/rss")).isEqualTo(1);
        assertThat(vesnik("search", "жичарницата").out()).startsWith("1 article matches");
        assertThat(archive.resolve("watch-state.json")).exists();
    }

    @Test
    void aRoundACrashCutShortIsDoneAgain() throws IOException {
        assertThat(watchOnce().exitCode()).isZero();
        // what a crash after the watcher saved its state, and before the archive's commit, leaves
        Files.writeString(archive.resolve("watch-state.round.json"), "{\"feeds\": {\"" + rss
                + "\": {\"seen\": [\"test/sport/pelister\"]}}}");
        items.set(List.of("/sport/pelister", "/vesti/most", "/vesti/sneg"));
        CliRun run = watchOnce();
        assertThat(run.out().lines()).first().isEqualTo(rss + ": 200, 3 items, 1 new");
        assertThat(vesnik("search", "Битола").out()).startsWith("1 article matches");
    }

    @Test
    void aMissingFeedsFileIsOneLineAndExit66() {
        Path missing = dir.resolve("nema.txt");
        CliRun run = vesnik("watch", missing.toString(), "--once");
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("vesnik: " + missing + ": no such file" + System.lineSeparator());
        assertThat(archive).doesNotExist();
    }

    @Test
    void aBadStateFileIsOneLineAndExit65() throws IOException {
        Files.createDirectories(archive);
        Path state = Files.writeString(archive.resolve("watch-state.json"), "[1, 2, 3]");
        CliRun run = watchOnce();
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("vesnik: " + state + ": not a watch state file");
        assertThat(news.server().requestsFor("/rss")).isZero();
        assertThat(Files.readString(state)).isEqualTo("[1, 2, 3]");
    }

    @Test
    void aFeedsFileThatIsNotUtf8IsOneLineAndExit65() throws IOException {
        Files.write(feeds, new byte[] {'#', ' ', (byte) 0xC0, (byte) 0xFF, '\n'});
        CliRun run = watchOnce();
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("vesnik: " + feeds + ": not UTF-8 text" + System.lineSeparator());
    }

    @Test
    void aLineThatIsNotAFeedIsItsOwnStatusLine() throws IOException {
        Files.writeString(feeds, rss + "\nftp://127.0.0.1/rss\n");
        CliRun run = watchOnce();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).contains(feeds + ":2: not an http(s) URL: ftp://127.0.0.1/rss");
    }

    @Test
    void anArchiveAnotherIngestIsWritingIsLeftAlone() {
        try (LuceneArchiveWriter other = LuceneArchiveWriter.open(archive)) {
            CliRun run = watchOnce();
            assertThat(run.exitCode()).isEqualTo(70);
            assertThat(run.err()).contains("another ingest is writing to the archive at " + archive);
        }
        assertThat(archive.resolve("watch-state.json")).doesNotExist();
        assertThat(news.server().requestsFor("/rss")).isZero();
    }

    @Test
    void aBadIntervalIsAUsageError() {
        CliRun run = vesnik("watch", feeds.toString(), "--every", "10 minutes");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("not an interval such as 30s, 10m or 1h30m");
    }
}
