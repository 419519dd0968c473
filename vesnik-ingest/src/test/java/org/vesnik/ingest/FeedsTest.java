package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.article.Article;

class FeedsTest {

    private static final ReadOptions OFFLINE = ReadOptions.defaults().withFetchLinkedPages(false);

    private final LocalServer server = new LocalServer();
    private final TestClock clock = new TestClock();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rssItemsAreReadFromTheFeedWhenPagesAreNotFetched() throws IOException {
        Items items = Items.of(new SourceReaders(OFFLINE).open(Resources.path("feeds/rss2-mk.xml").toString()));
        assertThat(items.problems()).isEmpty();
        List<Article> articles = items.articles();
        assertThat(articles).extracting(a -> a.title().orElse("")).containsExactly("Нов мост преку Вардар во Велес",
                "Снег на Попова Шапка", "Собранието ја закажа седницата за буџетот");
        Article first = articles.get(0);
        assertThat(first.source()).isEqualTo("http://vesnik.test/vesti/most-velez");
        assertThat(first.url()).contains("http://vesnik.test/vesti/most-velez");
        assertThat(first.published().map(OffsetDateTime::toInstant))
                .contains(OffsetDateTime.parse("2026-11-29T09:15:00+01:00").toInstant());
        assertThat(first.author()).contains("Ана Петровска");
        assertThat(first.outlet()).contains("Весник Тест");
        assertThat(first.language()).contains("mk");
        assertThat(first.text()).isEqualTo("Општина Велес денеска го отвори новиот пешачки мост преку Вардар.");
        // paragraphs of an HTML description are kept apart
        assertThat(articles.get(1).text()).isEqualTo("Првиот снег оваа зима падна синоќа на Попова Шапка.\n\n"
                + "Снежната покривка достигна 15 сантиметри, соопштија од скијачкиот центар.");
        // content:encoded is preferred to the description
        assertThat(articles.get(2).text()).startsWith("Претседателот на Собранието").contains("изјави тој.");
        // had when the file was written, so reading it again gives the same articles
        assertThat(first.fetched()).contains(Files.getLastModifiedTime(Resources.path("feeds/rss2-mk.xml")).toInstant());
        assertThat(Items.of(new SourceReaders(OFFLINE).open(Resources.path("feeds/rss2-mk.xml").toString())).articles())
                .isEqualTo(articles);
    }

    @Test
    void atomEntriesAreRead() {
        List<Article> articles = Items.of(new SourceReaders(OFFLINE).open(Resources.path("feeds/atom-mk.xml").toString()))
                .articles();
        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        assertThat(first.title()).contains("Министерството за здравство со нови мерки");
        assertThat(first.url()).contains("http://vesnik.test/zdravstvo/merki");
        assertThat(first.author()).contains("Елена Стојанова");
        assertThat(first.outlet()).contains("Тест Инфо");
        assertThat(first.published().map(OffsetDateTime::toInstant))
                .contains(OffsetDateTime.parse("2026-11-29T07:30:00+01:00").toInstant());
        assertThat(first.text()).startsWith("Министерството за здравство соопшти дека од понеделник");
        assertThat(articles.get(1).text()).contains("30:28 во Битола");
    }

    @Test
    void servedFeedFetchesLinkedPagesAndFallsBackToTheItemsText() {
        server.page("/rss", "application/rss+xml; charset=utf-8", Served.resource("feeds/rss2-mk.xml", server));
        server.page("/vesti/most-velez", "text/html; charset=utf-8", Served.page("Нов мост преку Вардар во Велес",
                "Мостот е долг 120 метри и има осветлување по целата должина.",
                "Градоначалникот изјави дека мостот ќе го намали сообраќајот во центарот."));
        server.page("/vesti/budzet", "text/html; charset=utf-8", Served.EMPTY_PAGE);
        // /vesti/sneg answers 404

        Items items = Items.of(Served.readers(clock).open(server.url("/rss").toString()));

        assertThat(items.problems()).isEmpty();
        List<Article> articles = items.articles();
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).text()).contains("Мостот е долг 120 метри");
        assertThat(articles.get(0).author()).contains("Ана Петровска");
        assertThat(articles.get(0).published()).isPresent();
        assertThat(articles.get(0).url()).contains(server.base() + "/vesti/most-velez");
        assertThat(articles.get(0).outlet()).as("the feed's title, not the page's host").contains("Весник Тест");
        assertThat(articles.get(1).text()).startsWith("Првиот снег оваа зима");
        assertThat(articles.get(2).text()).startsWith("Претседателот на Собранието");
        assertThat(server.requestsFor("/vesti/sneg")).isEqualTo(1);
    }

    @Test
    void aPageThatNamesItsOutletKeepsIt() {
        server.page("/rss", "application/rss+xml; charset=utf-8", Served.resource("feeds/rss2-mk.xml", server));
        server.page("/vesti/most-velez", "text/html; charset=utf-8", Served.page("Нов мост преку Вардар во Велес",
                "Мостот е долг 120 метри и има осветлување по целата должина.")
                .replace("</head>", "<meta property=\"og:site_name\" content=\"Велешки Вести\"></head>"));
        Article first = Items.of(Served.readers(clock).open(server.url("/rss").toString())).articles().get(0);
        assertThat(first.outlet()).contains("Велешки Вести");
    }

    @Test
    void itemWithoutTextWhosePageFailsIsAProblemNamingTheLink() {
        server.page("/rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>T</title><link>" + server.base()
                + "</link><description>d</description><item><title>Без текст</title><link>" + server.base()
                + "/gone</link></item></channel></rss>");
        Items items = Items.of(Served.readers(clock).open(server.url("/rss").toString()));
        assertThat(items.problemLines()).containsExactly(server.base() + "/gone: HTTP 404; the feed item has no text of its own");
    }

    @Test
    void feedServedAsTextXmlIsStillAFeed() {
        server.page("/feed.xml", "text/xml", Served.resource("feeds/atom-mk.xml", server));
        Items items = Items.of(new SourceReaders(OFFLINE, new org.vesnik.ingest.html.ArticleExtractor(),
                Served.fetcher(clock)).open(server.url("/feed.xml").toString()));
        assertThat(items.articles()).hasSize(2);
    }

    @Test
    void billionLaughsIsRefusedWithoutExpandingAnEntity() {
        Path file = Resources.path("feeds/billion-laughs.xml");
        Items items = Items.of(new SourceReaders(OFFLINE).open(file.toString()));
        assertThat(items.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_FEED);
            assertThat(p.reason()).contains("DOCTYPE");
        });
        assertThat(items.articles()).isEmpty();
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "ТАЈНА-4242");
        String feed = Resources.text("feeds/xxe.xml").replace("SECRET_PATH", secret.toUri().toString());
        Path file = Files.writeString(dir.resolve("xxe.xml"), feed, StandardCharsets.UTF_8);
        server.page("/xxe", "application/rss+xml", feed);
        for (String spec : List.of(file.toString(), server.url("/xxe").toString())) {
            Items items = Items.of(new SourceReaders(OFFLINE, new org.vesnik.ingest.html.ArticleExtractor(),
                    Served.fetcher(clock)).open(spec));
            assertThat(items.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NOT_FEED));
            assertThat(items.all.toString()).doesNotContain("ТАЈНА");
        }
    }

    @Test
    void fileThatIsNotXmlIsNotAFeed() {
        Path file = Resources.path("feeds/not-xml.xml");
        assertThat(Items.of(new SourceReaders(OFFLINE).open(file.toString())).problemLines())
                .containsExactly(file + ": not XML: no markup in the first 8 KiB");
    }

    @Test
    void xmlOfAnotherKindIsNotAFeed() {
        Path file = Resources.path("feeds/unknown-root.xml");
        assertThat(Items.of(new SourceReaders(OFFLINE).open(file.toString())).problemLines())
                .containsExactly(file + ": XML whose first element is <config>, not RSS, Atom or a sitemap");
    }

    @Test
    void brokenFeedIsNotAFeed() {
        server.page("/rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Прекинат");
        Items items = Items.of(Served.readers(clock).open(server.url("/rss").toString()));
        assertThat(items.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_FEED);
            assertThat(p.source()).isEqualTo(server.url("/rss").toString());
        });
    }
}
