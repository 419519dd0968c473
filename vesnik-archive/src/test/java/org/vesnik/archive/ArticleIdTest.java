package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vesnik.core.article.Article;

class ArticleIdTest {

    @Test
    void schemeAndHostAreLowerCasedAndTheDefaultPortDropped() {
        assertThat(ArticleId.canonicalUrl("HTTPS://Vesti.Example.MK:443/Politika/Vest-1"))
                .contains("https://vesti.example.mk/Politika/Vest-1");
        assertThat(ArticleId.canonicalUrl("http://vesti.example.mk:80/a")).contains("http://vesti.example.mk/a");
    }

    @Test
    void anOtherPortIsKept() {
        assertThat(ArticleId.canonicalUrl("http://vesti.example.mk:8080/a")).contains("http://vesti.example.mk:8080/a");
        assertThat(ArticleId.canonicalUrl("https://vesti.example.mk:80/a")).contains("https://vesti.example.mk:80/a");
    }

    @Test
    void trackingParametersAndTheFragmentAreDropped() {
        assertThat(ArticleId.canonicalUrl("https://vesti.example.mk/a?utm_source=fb&id=7&UTM_Medium=x&fbclid=abc&gclid=q#komentari"))
                .contains("https://vesti.example.mk/a?id=7");
        assertThat(ArticleId.canonicalUrl("https://vesti.example.mk/a?utm_campaign=x")).contains("https://vesti.example.mk/a");
    }

    @Test
    void otherParametersKeepTheirOrder() {
        assertThat(ArticleId.canonicalUrl("https://vesti.example.mk/a?b=2&a=1")).contains("https://vesti.example.mk/a?b=2&a=1");
    }

    @Test
    void anEmptyPathIsTheRoot() {
        assertThat(ArticleId.canonicalUrl("https://vesti.example.mk")).contains("https://vesti.example.mk/");
    }

    @Test
    void aCyrillicPathIsTheSameRawOrPercentEncoded() {
        String raw = ArticleId.canonicalUrl("https://vesti.example.mk/вести/путин").orElseThrow();
        String encoded = ArticleId.canonicalUrl("https://vesti.example.mk/%D0%B2%D0%B5%D1%81%D1%82%D0%B8/%D0%BF%D1%83%D1%82%D0%B8%D0%BD")
                .orElseThrow();
        assertThat(encoded).isEqualTo(raw);
    }

    @Test
    void aCyrillicHostIsLowerCased() {
        assertThat(ArticleId.canonicalUrl("https://ВЕСТИ.МК:443/a")).contains("https://вести.мк/a");
    }

    @Test
    void whatIsNotAnHttpUrlHasNoCanonicalForm() {
        assertThat(ArticleId.canonicalUrl("file:///etc/passwd")).isEmpty();
        assertThat(ArticleId.canonicalUrl("vesti.example.mk/a")).isEmpty();
        assertThat(ArticleId.canonicalUrl("https://bad host/a b")).isEmpty();
    }

    @Test
    void aUrlLongerThanAnyServerTakesNamesNoArticle() {
        assertThat(ArticleId.canonicalUrl("https://vesti.example.mk/" + "a".repeat(ArticleId.MAX_URL_LENGTH))).isEmpty();
    }

    @Test
    void anArticleWithAUrlIsNamedByIt() {
        Article article = Article.builder("feed.jsonl:3", "Текст.").url("https://Vesti.example.mk/a?utm_source=x").build();
        assertThat(ArticleId.of(article)).isEqualTo("https://vesti.example.mk/a");
    }

    @Test
    void anArticleWithoutAUrlIsNamedByItsNormalisedText() {
        Article a = Article.builder("a.txt", "Владата го усвои буџетот.\n\nСобранието ќе гласа.").build();
        Article b = Article.builder("b.txt", "  Владата   го усвои буџетот. Собранието ќе гласа.\n").build();
        Article c = Article.builder("c.txt", "Владата го одби буџетот.").build();
        assertThat(ArticleId.of(a)).startsWith(ArticleId.TEXT_PREFIX).isEqualTo(ArticleId.of(b));
        assertThat(ArticleId.of(c)).isNotEqualTo(ArticleId.of(a));
    }

    @Test
    void noBreakAndOtherSpacesCountAsOneSpace() {
        Article plain = Article.builder("a.txt", "Владата го усвои буџетот.").build();
        Article odd = Article.builder("b.txt", "\u2003Владата\u00A0го \t усвои\u202Fбуџетот.\n").build();
        assertThat(ArticleId.of(odd)).isEqualTo(ArticleId.of(plain));
        assertThat(ArticleId.normalisedText("\u2003Владата\u00A0го \t усвои\u202Fбуџетот.\n")).isEqualTo("Владата го усвои буџетот.");
    }

    @Test
    void theIdentityIsTheIdAndTheFingerprint() {
        Article article = Article.builder("a.txt", "Текст.").url("https://vesti.example.mk/a").build();
        assertThat(ArticleId.identify(article)).isEqualTo(new ArticleId.Identity(ArticleId.of(article), ArticleId.fingerprint(article)));
    }

    @Test
    void nfcAndDecomposedTextHaveOneId() {
        // ѓ as one code point, and as г with a combining acute accent
        Article composed = Article.builder("a.txt", "\u0453убре").build();
        Article decomposed = Article.builder("b.txt", "\u0433\u0301убре").build();
        assertThat(ArticleId.of(composed)).isEqualTo(ArticleId.of(decomposed));
    }

    @Test
    void theFingerprintChangesWithTheTextOrAnyStoredValue() {
        Article article = Article.builder("a", "Текст на веста.").url("https://vesti.example.mk/a").title("Наслов")
                .published(OffsetDateTime.parse("2025-09-03T10:00:00+02:00")).build();
        String fingerprint = ArticleId.fingerprint(article);
        assertThat(ArticleId.fingerprint(article.toBuilder().build())).isEqualTo(fingerprint);
        assertThat(ArticleId.fingerprint(Article.builder("a", "Текст на веста!").url("https://vesti.example.mk/a").title("Наслов")
                .published(OffsetDateTime.parse("2025-09-03T10:00:00+02:00")).build())).isNotEqualTo(fingerprint);
        assertThat(ArticleId.fingerprint(article.toBuilder().title("Друг наслов").build())).isNotEqualTo(fingerprint);
        assertThat(ArticleId.fingerprint(article.toBuilder().published(OffsetDateTime.parse("2025-09-04T10:00:00+02:00")).build()))
                .isNotEqualTo(fingerprint);
        // where it was read from is not the article
        assertThat(ArticleId.fingerprint(Article.builder("b", "Текст на веста.").url("https://vesti.example.mk/a").title("Наслов")
                .published(OffsetDateTime.parse("2025-09-03T10:00:00+02:00")).build())).isEqualTo(fingerprint);
    }

    @Test
    void aRelativeUrlFallsBackToTheTextHash() {
        Article article = Article.builder("a", "Текст.").url("/vesti/a").build();
        assertThat(ArticleId.canonicalUrl("/vesti/a")).isEqualTo(Optional.empty());
        assertThat(ArticleId.of(article)).startsWith(ArticleId.TEXT_PREFIX);
    }
}
