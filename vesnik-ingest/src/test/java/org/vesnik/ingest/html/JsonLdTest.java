package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLd.Facts read(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String script : scripts) {
            html.append("<script type=\"application/ld+json\">").append(script).append("</script>");
        }
        return JsonLd.read(Jsoup.parse(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void theArticleIsFoundInsideAGraph() {
        JsonLd.Facts facts = read("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Вести24\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Наслов\",\"datePublished\":\"2026-01-14T09:30:00+01:00\"}]}");
        assertThat(facts.isArticle()).isTrue();
        assertThat(facts.headline()).contains("Наслов");
        assertThat(facts.published()).contains("2026-01-14T09:30:00+01:00");
    }

    @Test
    void anArticleTypeWinsOverAnEarlierWebPage() {
        JsonLd.Facts facts = read("{\"@type\":\"WebPage\",\"name\":\"Страница\",\"datePublished\":\"2020-01-01\"}",
                "[{\"@type\":[\"Thing\",\"http://schema.org/BlogPosting\"],\"headline\":\"Објава\"}]");
        assertThat(facts.headline()).contains("Објава");
        assertThat(read("{\"@type\":\"WebPage\",\"name\":\"Страница\",\"datePublished\":\"2020-01-01\"}").isArticle()).isFalse();
    }

    @Test
    void authorsPublisherAndUrlComeInTheirSeveralShapes() {
        JsonLd.Facts facts = read("{\"@type\":\"ReportageNewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ана\"},"
                + "\"Борис\",{\"@type\":\"Organization\",\"name\":\"МИА\"}],\"publisher\":{\"name\":\"Вести24\"},"
                + "\"mainEntityOfPage\":{\"@id\":\"https://vesti24.example.mk/a\"},\"inLanguage\":\"mk-MK\"}");
        assertThat(facts.authors()).containsExactly(new JsonLd.Name("Ана", false), new JsonLd.Name("Борис", false),
                new JsonLd.Name("МИА", true));
        assertThat(facts.publisher()).contains("Вести24");
        assertThat(facts.url()).contains("https://vesti24.example.mk/a");
        assertThat(facts.language()).contains("mk-MK");
    }

    @Test
    void sloppyJsonIsReadAndBrokenJsonSkipped() {
        assertThat(read("<!-- {'@type': 'NewsArticle', headline: 'x', } -->").isArticle()).isFalse();
        assertThat(read("{'@type': 'NewsArticle', 'headline': 'Наслов со\nнов ред',}").headline()).contains("Наслов со\nнов ред");
        assertThat(read("{\"@type\": \"NewsArticle\", \"headline\": ").isArticle()).isFalse();
        assertThat(read("{\"@type\":\"NewsArticle\",\"headline\":\"Tom &amp; Jerry &#8216;2&#8217;\"}").headline())
                .contains("Tom & Jerry ‘2’");
    }

    @Test
    void deeplyNestedJsonIsRefusedNotOverflowed() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(read(deep)).isEqualTo(JsonLd.Facts.NONE);
    }
}
