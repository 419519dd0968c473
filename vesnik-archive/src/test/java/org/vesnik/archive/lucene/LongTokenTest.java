package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.AnnotatedArticle;
import org.vesnik.archive.ArticleAnnotator;
import org.vesnik.archive.ArticleFacts;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.IngestOutcome;
import org.vesnik.archive.Mention;
import org.vesnik.archive.News;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.Span;
import org.vesnik.core.article.Article;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

class LongTokenTest {

    @TempDir
    Path dir;

    @Test
    void aWordOrUrlLongerThanLuceneTakesDoesNotStopTheArticle() {
        // scraped pages carry such things: an image inlined as base64, a line of one letter
        String blob = "data:image/png;base64," + "iVBORw0KGgo".repeat(4000);
        Article article = News.article("https://vesti.example.mk/blob?" + "x".repeat(40_000), "МИА", "2025-09-03T10:00:00+02:00",
                "Вест со слика " + "а".repeat(40_000), "Владата го усвои буџетот. " + blob + " Собранието ќе гласа.");
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir)) {
            assertThat(writer.write(ArticleAnnotator.textOnly().annotate(article))).isEqualTo(IngestOutcome.NEW);
        }
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.search(SearchRequest.of("буџет")).total()).isEqualTo(1);
            assertThat(archive.search(SearchRequest.of("Собранието")).hits().get(0).snippet().text()).contains("Собранието");
            assertThat(archive.search(SearchRequest.of("iVBORw0KGgo*")).total()).isZero();
        }
    }

    @Test
    void anArticleTheIndexRefusesLeavesTheWriterWorking() {
        String immense = "per:" + "а".repeat(20_000);
        Span span = new Span(0, 5, 0, 5, "Петар");
        ArticleFacts facts = new ArticleFacts("mk", 1, List.of(new Mention(span, EntityType.PER, immense)), List.of(),
                List.of(new Entity(immense, "Петар", "Petar", EntityType.PER)), List.of(), List.of(), List.of());
        Article refused = Article.builder("a.txt", "Петар дојде.").build();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir)) {
            assertThatThrownBy(() -> writer.write(new AnnotatedArticle(refused, "text:1", "f1", facts)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(writer.write(News.ANNOTATOR.annotate(News.ROADS))).isEqualTo(IngestOutcome.NEW);
        }
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.articleCount()).isEqualTo(1);
            assertThat(archive.article("text:1")).isEmpty();
            assertThat(archive.entities(EntityRequest.of("Петар")).entities()).isEmpty();
        }
    }
}
