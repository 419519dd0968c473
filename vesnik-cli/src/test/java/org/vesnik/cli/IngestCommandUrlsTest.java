package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandUrlsTest {

    private final LocalNews news = new LocalNews();

    @TempDir
    Path dir;

    @BeforeEach
    void serve() {
        news.threeArticles();
    }

    @AfterEach
    void stop() {
        news.close();
    }

    private CliRun vesnik(String... args) {
        return CliRun.runWith(news.fetching(), Map.of("VESNIK_ARCHIVE", dir.resolve("archive").toString()), args);
    }

    @Test
    void aPageUrlIsFetchedAndItsArticleArchived() {
        CliRun ingest = vesnik("ingest", news.url("/vesti/most"));
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out()).contains(": 1 read, 1 new, 0 updated, 0 unchanged, 0 skipped");
        CliRun search = vesnik("search", "пешачки");
        assertThat(search.out()).startsWith("1 article matches").contains(news.url("/vesti/most"));
    }

    @Test
    void aFeedUrlGivesTheArticlesOfTheItemsPages() {
        news.feed("/rss", new AtomicReference<>(List.of("/vesti/most", "/vesti/sneg")));
        CliRun ingest = vesnik("ingest", news.url("/rss"));
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        // the feed's items have a title and a link only: a text to archive is the linked page's
        assertThat(ingest.out()).contains(": 2 read, 2 new");
        assertThat(news.server().requestsFor("/vesti/most")).isEqualTo(1);
        assertThat(news.server().requestsFor("/vesti/sneg")).isEqualTo(1);
        assertThat(vesnik("search", "жичарницата").out()).startsWith("1 article matches").contains(news.url("/vesti/sneg"));
    }

    @Test
    void aSitemapUrlGivesTheArticlesOfItsPages() {
        news.sitemap("/sitemap.xml", List.of("/vesti/sneg", "/sport/pelister"));
        CliRun ingest = vesnik("ingest", news.url("/sitemap.xml"));
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out()).contains(": 2 read, 2 new");
        assertThat(vesnik("search", "Битола").out()).startsWith("1 article matches").contains(news.url("/sport/pelister"));
    }

    @Test
    void aUrlThatAnswers404IsInTheSummaryAndExit65AndTheOthersAreIngested() {
        String missing = news.url("/vesti/nema");
        CliRun ingest = vesnik("ingest", missing, news.url("/vesti/most"));
        assertThat(ingest.exitCode()).isEqualTo(65);
        assertThat(ingest.out()).contains(": 2 read, 1 new, 0 updated, 0 unchanged, 1 skipped")
                .contains("skipped: 1 http").contains("  " + missing + ": http: HTTP 404");
        assertThat(ingest.err()).doesNotContain("Exception");
    }

    @Test
    void theFetcherWaitsBetweenRequestsToOneHostOnItsClock() {
        news.feed("/rss", new AtomicReference<>(List.of("/vesti/most", "/vesti/sneg", "/sport/pelister")));
        assertThat(vesnik("ingest", news.url("/rss")).exitCode()).isZero();
        // robots.txt, the feed and three pages: each request after the first waits its turn
        assertThat(news.clock().sleeps()).hasSizeGreaterThanOrEqualTo(4);
    }
}
