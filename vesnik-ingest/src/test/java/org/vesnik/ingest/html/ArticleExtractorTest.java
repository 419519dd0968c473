package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

class ArticleExtractorTest {

    private static final String PARAGRAPHS = "<p>Владата на седницата во вторник усвои програма за обнова на регионалните патишта.</p>"
            + "<p>Според министерот, првите тендери ќе бидат објавени до крајот на март оваа година.</p>"
            + "<p>Работите ќе започнат на делниците со најмногу сообраќајни несреќи, рече министерот.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ReadItem read(String html, String url) {
        return extractor.read(html.getBytes(StandardCharsets.UTF_8), null, "test.html", url, null);
    }

    private Article article(String html, String url) {
        ReadItem item = read(html, url);
        assertThat(item).isInstanceOf(ReadItem.Found.class);
        return ((ReadItem.Found) item).article();
    }

    @Test
    void theHeadlineIsKeptApartFromTheBody() {
        Article a = article("<html><head><title>Патишта | Вести24</title></head><body><h1>Нова програма за патишта</h1>"
                + PARAGRAPHS + "</body></html>", null);
        assertThat(a.title()).contains("Нова програма за патишта");
        assertThat(a.text()).startsWith("Владата на седницата").doesNotContain("Нова програма");
        assertThat(a.text().split("\n\n")).hasSize(3);
    }

    @Test
    void pagesAboveTheLimitAreRefusedWithTheirSize() {
        ArticleExtractor small = new ArticleExtractor(1000, ArticleExtractor.DEFAULT_ZONE);
        ReadItem item = small.read(new byte[1001], null, "big.html", null, null);
        assertThat(item).isInstanceOfSatisfying(ReadItem.Problem.class, p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.line()).isEqualTo("big.html: page of 1,001 bytes is larger than the limit of 1,000 bytes");
        });
    }

    @Test
    void bytesThatAreNoHtmlPageGiveNoArticle() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(extractor.read(png, "image/png", "x.png", null, null))
                .isInstanceOfSatisfying(ReadItem.Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.NOT_TEXT));
        assertThat(read("Обичен текст без ознаки, кој не е страница.", null))
                .isInstanceOfSatisfying(ReadItem.Problem.class, p -> assertThat(p.reason()).contains("not an HTML page"));
        assertThat(extractor.extract(png, null, "x.png", null, null)).isEmpty();
    }

    @Test
    void aPageWithNoTextGivesNoArticle() {
        assertThat(read("<html><body><nav><a href='/'>Почетна</a></nav></body></html>", null))
                .isInstanceOfSatisfying(ReadItem.Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.NO_ARTICLE));
    }

    @Test
    void deeplyNestedMarkupNeitherOverflowsNorLosesTheText() {
        String html = "<html><body>" + "<div>".repeat(50_000) + PARAGRAPHS + "</div>".repeat(50_000) + "</body></html>";
        assertThat(article(html, null).text()).contains("усвои програма за обнова");
    }

    @Test
    void relativeCanonicalLinksResolveAgainstThePageUrl() {
        Article a = article("<html><head><link rel=canonical href='/vesti/patista?ref=1'></head><body>" + PARAGRAPHS + "</body></html>",
                "https://vesti24.example.mk/ekonomija/x");
        assertThat(a.url()).contains("https://vesti24.example.mk/vesti/patista?ref=1");
        assertThat(a.outlet()).contains("vesti24.example.mk");
    }

    @Test
    void withoutACanonicalLinkTheUrlIsTheOneFetched() {
        assertThat(article("<html><body>" + PARAGRAPHS + "</body></html>", "https://a.example.mk/x").url())
                .contains("https://a.example.mk/x");
        assertThat(article("<html><body>" + PARAGRAPHS + "</body></html>", null).url()).isEmpty();
    }

    @Test
    void aDescriptionThatRepeatsTheOpeningIsNoLead() {
        String description = "Владата на седницата во вторник усвои програма за обнова на регионалните…";
        Article a = article("<html><head><meta name=description content='" + description + "'></head><body>" + PARAGRAPHS
                + "</body></html>", null);
        assertThat(a.lead()).isEmpty();
    }

    @Test
    void theFetchTimeIsKeptAndDatesWithoutAZoneAreInSkopje() {
        Instant fetched = Instant.parse("2026-01-20T10:00:00Z");
        Article a = extractor.extract(("<html><head><meta name=date content='2026-01-19 18:00'></head><body>" + PARAGRAPHS
                + "</body></html>").getBytes(StandardCharsets.UTF_8), null, "t.html", null, fetched).orElseThrow();
        assertThat(a.fetched()).contains(fetched);
        assertThat(a.published()).contains(OffsetDateTime.parse("2026-01-19T18:00+01:00"));
    }

    @Test
    void aLinkListInsideTheArticleIsLeftOut() {
        Article a = article("<html><body><article>" + PARAGRAPHS
                + "<ul><li><a href=/1>Прва поврзана вест</a></li><li><a href=/2>Втора поврзана вест</a></li></ul>"
                + "<p>Последниот пасус од текстот за патиштата ја завршува веста.</p></article></body></html>", null);
        assertThat(a.text()).doesNotContain("поврзана вест").endsWith("ја завршува веста.");
    }

    @Test
    void aRelatedBoxInsideTheArticleIsSkippedAndTheTextAfterItKept() {
        Article a = article("<html><body><article>" + PARAGRAPHS
                + "<div class=box><h3>Слични новости</h3><p>Општините бараат поголем дел од парите за патишта.</p></div>"
                + "<p>Последниот пасус од текстот за патиштата ја завршува веста.</p></article></body></html>", null);
        assertThat(a.text()).doesNotContain("Слични новости").doesNotContain("Општините бараат")
                .endsWith("ја завршува веста.");
    }

    @Test
    void captionsScriptsAndHiddenTextAreNotText() {
        Article a = article("<html><body><article>" + PARAGRAPHS
                + "<figure><img src=a.jpg><figcaption>Министерот на седницата. Фото: МИА</figcaption></figure>"
                + "<script>var x = 'скрипта';</script><div style='display: none'>Скриен текст за пребарувачи.</div>"
                + "</article></body></html>", null);
        assertThat(a.text()).doesNotContain("Фото").doesNotContain("скрипта").doesNotContain("Скриен");
    }

    @Test
    void paragraphsBrokenWithTwoLineBreaksStayApart() {
        Article a = article("<html><body><div class=text>Прв пасус за патиштата во државата, со доволно зборови.<br><br>"
                + "Втор пасус за тендерите што ќе бидат објавени до крајот на март.<br>Ред во истиот пасус.</div></body></html>", null);
        assertThat(a.text()).isEqualTo("Прв пасус за патиштата во државата, со доволно зборови.\n\n"
                + "Втор пасус за тендерите што ќе бидат објавени до крајот на март.\nРед во истиот пасус.");
    }

    @Test
    void theHeadlineThePageShowsWinsOverTheOneForSearchEngines() {
        Article a = article("<html><head><meta property='og:title' content='Патишта: 120 милиони за обнова'></head><body>"
                + "<header class=site><h1>Вести24</h1></header><article><h1>Владата ги обновува регионалните патишта</h1>"
                + PARAGRAPHS + "</article></body></html>", null);
        assertThat(a.title()).contains("Владата ги обновува регионалните патишта");
    }

    @Test
    void aLogoInAnH1IsNoHeadline() {
        Article a = article("<html><head><meta property='og:title' content='Владата ги обновува патиштата'>"
                + "<meta property='og:site_name' content='Вести Дваесет и Четири'></head><body>"
                + "<div class=top><h1>Вести Дваесет и Четири</h1></div>" + PARAGRAPHS + "</body></html>", null);
        assertThat(a.title()).contains("Владата ги обновува патиштата");
    }

    @Test
    void aDateBetweenTheHeadlineAndTheBodyIsThePublicationDate() {
        Article a = article("<html><body><h1>Владата ги обновува регионалните патишта</h1><div class=x>Ана Петровска</div>"
                + "<div class=y>14.01.2026 09:30</div>" + PARAGRAPHS + "</body></html>", null);
        assertThat(a.published()).contains(OffsetDateTime.parse("2026-01-14T09:30+01:00"));
        assertThat(a.text()).doesNotContain("14.01.2026");
    }

    @Test
    void microdataNamingSeveralPropertiesGivesEach() {
        Article a = article("<html><head><meta itemprop='datePublished dateCreated' content='2026-01-14T09:30:00Z'></head><body>"
                + PARAGRAPHS + "<span itemprop='author creator'>Ана Петровска</span></body></html>", null);
        assertThat(a.published()).contains(OffsetDateTime.parse("2026-01-14T09:30Z"));
        assertThat(a.author()).contains("Ана Петровска");
    }

    @Test
    void aBylineThatRunsOnIntoItsDateGivesTheName() {
        Article a = article("<html><body><article><p class=byline>Jeff Foust, November 18, 2019</p>" + PARAGRAPHS
                + "</article></body></html>", null);
        assertThat(a.author()).contains("Jeff Foust");
    }

    @Test
    void aPageWhoseScriptsDrawTheTextGivesItsJsonLdArticleBody() {
        Article a = article("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Патишта\","
                + "\"articleBody\":\"Владата на седницата во вторник усвои програма за обнова на регионалните патишта.\\n"
                + "Според министерот, првите тендери ќе бидат објавени до крајот на март &amp; април оваа година, а работите "
                + "ќе започнат на делниците со најмногу несреќи.\"}</script></head><body><div id=app></div></body></html>", null);
        assertThat(a.text()).isEqualTo("Владата на седницата во вторник усвои програма за обнова на регионалните патишта.\n\n"
                + "Според министерот, првите тендери ќе бидат објавени до крајот на март & април оваа година, а работите "
                + "ќе започнат на делниците со најмногу несреќи.");
    }

    @Test
    void aListOfOtherStoriesIsLeftOutAndAListOfTheArticleKept() {
        Article a = article("<html><body><article>" + PARAGRAPHS
                + "<ul><li>Тендерите: <a href=/1>до крајот на март</a></li><li>Работите: <a href=/2>од април</a></li>"
                + "<li>Патиштата: <a href=/3>Кичево и Пехчево</a></li></ul>"
                + "<ul><li>Кичево – Македонски Брод</li><li>Делчево – Пехчево</li><li>Пристапни патишта до граничните премини</li></ul>"
                + "<p class=x>Скопје, Вести24 | Ажурирано: 14 јануари 2026, 11:05</p></article></body></html>", null);
        assertThat(a.text()).doesNotContain("Тендерите").doesNotContain("Ажурирано").contains("Делчево – Пехчево");
    }

    @Test
    void deeplyNestedHeadlinesLeadsListsAndDatesStillGiveTheText() {
        for (String open : new String[] {"<h1>Наслов ", "<div class=lead>x ", "<ul><li><a href=/>x</a>", "<div class=date>",
            "<article><time datetime=2026-01-01>1</time>"}) {
            String html = "<html><body>" + open.repeat(20_000) + PARAGRAPHS + "</body></html>";
            assertThat(extractor.read(html.getBytes(StandardCharsets.UTF_8), null, "nested.html", null, null))
                    .as(open).isInstanceOfSatisfying(ReadItem.Found.class,
                            f -> assertThat(f.article().text()).contains("усвои програма за обнова"));
        }
    }

    @Test
    void theLeadIsTheArticlesNotATeasersSummary() {
        Article a = article("<html><body><div class=promo><p class=summary>Друга вест: општините бараат повеќе пари за патишта.</p></div>"
                + "<article><h1>Владата ги обновува регионалните патишта</h1>"
                + "<p class=lead>Сто и дваесет милиони евра за три години, првите тендери во март.</p>" + PARAGRAPHS
                + "</article></body></html>", null);
        assertThat(a.lead()).contains("Сто и дваесет милиони евра за три години, првите тендери во март.");
        assertThat(a.text()).startsWith("Владата на седницата");
    }
}
