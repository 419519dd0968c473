package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.fetch.FetchOptions;
import org.vesnik.ingest.fetch.HttpFetcher;
import org.vesnik.ingest.fetch.ValidatorStore;
import org.vesnik.ingest.html.ArticleExtractor;

class UrlsTest {

    private final LocalServer server = new LocalServer();
    private final TestClock clock = new TestClock();
    private final SourceReaders readers = Served.readers(clock);

    @AfterEach
    void stop() {
        server.close();
    }

    private Items read(String path) {
        return Items.of(readers.open(server.url(path).toString()));
    }

    @Test
    void pageUrlGivesItsArticle() {
        server.page("/vest", "text/html; charset=utf-8", Served.page("Пелистер победи во дербито",
                "Ракометарите на Пелистер ја победија екипата на Вардар со 30:28 во Битола."));
        Items items = read("/vest");
        Article article = items.articles().get(0);
        assertThat(article.text()).contains("30:28 во Битола");
        assertThat(article.source()).isEqualTo(server.url("/vest").toString());
        assertThat(article.url()).contains(server.url("/vest").toString());
        assertThat(article.fetched()).contains(clock.instant());
    }

    @Test
    void redirectedPageKeepsTheUrlAskedForAsSourceAndTheFinalAsUrl() {
        server.on("/kratko", exchange -> {
            exchange.getResponseHeaders().set("Location", "/dolgo");
            LocalServer.send(exchange, 301, null, new byte[0]);
        });
        server.page("/dolgo", "text/html", Served.page("Наслов", "Текстот на веста по пренасочувањето."));
        Article article = read("/kratko").articles().get(0);
        assertThat(article.source()).isEqualTo(server.url("/kratko").toString());
        assertThat(article.url()).contains(server.url("/dolgo").toString());
    }

    @Test
    void brokenHtmlStillGivesItsText() {
        server.page("/skrseno", "text/html", "<html><body><div><p>Незатворен пасус со текст на веста <b>задебелен."
                + "<p>Втор пасус.</div></table>");
        assertThat(read("/skrseno").articles()).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("Незатворен пасус"));
    }

    @Test
    void pageWithNoArticleIsAProblem() {
        server.page("/prazno", "text/html", Served.EMPTY_PAGE);
        assertThat(read("/prazno").problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NO_ARTICLE));
    }

    @Test
    void bytesThatAreNotHtmlAreAProblem() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        server.on("/slika", exchange -> LocalServer.send(exchange, 200, "text/html", png));
        server.on("/slika.png", exchange -> LocalServer.send(exchange, 200, "image/png", png));
        assertThat(read("/slika").problemLines()).containsExactly(server.url("/slika") + ": not HTML: a PNG image");
        assertThat(read("/slika.png").problemLines())
                .containsExactly(server.url("/slika.png") + ": not an HTML page, a feed or a sitemap (image/png)");
    }

    @Test
    void plainTextUrlIsReadAsATextArticle() {
        server.on("/vest.txt", exchange -> LocalServer.send(exchange, 200, "text/plain; charset=utf-8",
                "Наслов на веста\nТекст на веста.".getBytes(StandardCharsets.UTF_8)));
        Article article = read("/vest.txt").articles().get(0);
        assertThat(article.title()).contains("Наслов на веста");
        assertThat(article.text()).isEqualTo("Текст на веста.");
    }

    @Test
    void httpErrorIsAProblemWithItsStatus() {
        server.on("/greska", exchange -> LocalServer.send(exchange, 500, "text/plain", new byte[0]));
        assertThat(read("/greska").problemLines()).containsExactly(server.url("/greska") + ": HTTP 500");
    }

    @Test
    void redirectLoopIsAProblemWithTheChain() {
        server.on("/krug", exchange -> {
            exchange.getResponseHeaders().set("Location", "/krug");
            LocalServer.send(exchange, 302, null, new byte[0]);
        });
        ReadItem.Problem problem = read("/krug").problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.HTTP);
        assertThat(problem.reason()).isEqualTo("redirect loop: " + server.url("/krug") + " -> " + server.url("/krug"));
    }

    @Test
    void pageWithNoAnswerInTimeIsATimeout() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/bavno", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FetchOptions impatient = FetchOptions.defaults().withRobots(false).withRequestTimeout(Duration.ofMillis(200))
                .withRetries(0, Duration.ofSeconds(1), Duration.ofMinutes(1));
        SourceReaders readers = new SourceReaders(ReadOptions.defaults(), new ArticleExtractor(),
                new HttpFetcher(impatient, new ValidatorStore(), clock, clock.sleeper()));
        try {
            assertThat(Items.of(readers.open(server.url("/bavno").toString())).problemLines())
                    .containsExactly(server.url("/bavno") + ": no answer within 200 ms");
        } finally {
            release.countDown();
        }
    }

    @Test
    void pageForbiddenByRobotsIsAProblem() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
        server.page("/vest", "text/html", Served.page("Наслов", "Текст."));
        ReadItem.Problem problem = read("/vest").problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.ROBOTS);
        assertThat(server.requestsFor("/vest")).isZero();
    }
}
