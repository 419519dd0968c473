package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.html.ArticleExtractor;

class SitemapsTest {

    private final LocalServer server = new LocalServer();
    private final TestClock clock = new TestClock();

    @BeforeEach
    void pages() {
        server.page("/vesti/most-velez", "text/html; charset=utf-8",
                Served.page("Нов мост", "Мостот е долг 120 метри и има осветлување по целата должина."));
        server.page("/vesti/sneg", "text/html; charset=utf-8",
                Served.page("Снег", "Снежната покривка на Попова Шапка достигна 15 сантиметри."));
        // /vesti/izbrishana answers 404
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertTheNewsSitemap(Items items, LocalServer server) {
        List<Article> articles = items.articles();
        assertThat(articles).extracting(a -> a.url().orElse("")).containsExactly(server.base() + "/vesti/most-velez",
                server.base() + "/vesti/sneg");
        assertThat(articles.get(0).text()).contains("Мостот е долг 120 метри");
        assertThat(articles.get(0).published().map(OffsetDateTime::toInstant))
                .contains(OffsetDateTime.parse("2026-11-29T09:15:00+01:00").toInstant());
        assertThat(articles.get(0).outlet()).contains("Весник Тест");
        assertThat(articles.get(0).language()).contains("mk");
        assertThat(articles.get(0).modified()).isPresent();
        assertThat(articles.get(1).published()).isPresent();
        assertThat(items.problemLines()).containsExactly(server.base() + "/vesti/izbrishana: HTTP 404");
    }

    @Test
    void newsSitemapUrlIsFetchedEntryByEntryWithItsDates() {
        server.page("/news-sitemap.xml", "application/xml", Served.resource("sitemaps/news-sitemap.xml", server));
        assertTheNewsSitemap(Items.of(Served.readers(clock).open(server.url("/news-sitemap.xml").toString())), server);
    }

    @Test
    void sitemapFileIsReadTheSame(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("news-sitemap.xml"), Served.resource("sitemaps/news-sitemap.xml", server));
        assertTheNewsSitemap(Items.of(Served.readers(clock).open(file.toString())), server);
    }

    @Test
    void sitemapIndexLeadsToEachSitemapOnceGzippedOrNot() throws IOException {
        server.page("/sitemap-index.xml", "application/xml", Served.resource("sitemaps/sitemap-index.xml", server));
        server.page("/sitemap-1.xml", "application/xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + server.base() + "/vesti/most-velez</loc></url></urlset>");
        byte[] second = gzip("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + server.base()
                + "/vesti/sneg</loc><lastmod>2026-11-28</lastmod></url></urlset>");
        server.on("/sitemap-2.xml.gz", exchange -> LocalServer.send(exchange, 200, "application/x-gzip", second));

        Items items = Items.of(Served.readers(clock).open(server.url("/sitemap-index.xml").toString()));

        assertThat(items.problems()).isEmpty();
        assertThat(items.articles()).extracting(a -> a.url().orElse(""))
                .containsExactly(server.base() + "/vesti/most-velez", server.base() + "/vesti/sneg");
        assertThat(server.requestsFor("/sitemap-1.xml")).isEqualTo(1);
    }

    @Test
    void sitemapThatFailsIsAProblemAndTheOthersAreRead() {
        server.page("/sitemap-index.xml", "application/xml", Served.resource("sitemaps/sitemap-index.xml", server));
        server.page("/sitemap-1.xml", "application/xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + server.base() + "/vesti/most-velez</loc></url></urlset>");
        Items items = Items.of(Served.readers(clock).open(server.url("/sitemap-index.xml").toString()));
        assertThat(items.articles()).hasSize(1);
        assertThat(items.problemLines()).containsExactly(server.base() + "/sitemap-2.xml.gz: HTTP 404");
    }

    @Test
    void externalEntityInASitemapIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "ТАЈНА-4242");
        String sitemap = Served.resource("sitemaps/xxe-sitemap.xml", server).replace("SECRET_PATH", secret.toUri().toString());
        server.page("/xxe.xml", "application/xml", sitemap);
        Items items = Items.of(Served.readers(clock).open(server.url("/xxe.xml").toString()));
        assertThat(items.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_FEED);
            assertThat(p.reason()).contains("DOCTYPE");
        });
        assertThat(items.all.toString()).doesNotContain("ТАЈНА");
        assertThat(server.requests()).noneMatch(r -> r.path().contains("4242"));
    }

    @Test
    void withoutFetchingEachEntryIsAProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("news-sitemap.xml"), Served.resource("sitemaps/news-sitemap.xml", server));
        SourceReaders offline = new SourceReaders(ReadOptions.defaults().withFetchLinkedPages(false),
                new ArticleExtractor(), Served.fetcher(clock));
        Items items = Items.of(offline.open(file.toString()));
        assertThat(items.problems()).hasSize(3).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NO_TEXT));
        assertThat(server.requests()).isEmpty();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
