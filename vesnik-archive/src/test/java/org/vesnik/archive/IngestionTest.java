package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.lucene.LuceneArchive;
import org.vesnik.archive.lucene.LuceneArchiveWriter;
import org.vesnik.core.article.Article;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;

class IngestionTest {

    @TempDir
    Path dir;

    private static List<Article> numbered(int n) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(News.article("https://vesti.example.mk/" + i, "МИА", "2025-09-03T10:00:00+02:00", "Вест " + i,
                    "Советот на општината број " + i + " го усвои буџетот. Градоначалникот рече „ова е добар ден“."));
        }
        return articles;
    }

    private List<IngestResult> ingest(ArticleAnnotator annotator, int threads, List<Article> articles) {
        List<IngestResult> results = new ArrayList<>();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir, 7);
             Ingestion ingestion = new Ingestion(annotator, writer, threads, results::add)) {
            articles.forEach(ingestion::submit);
        }
        return results;
    }

    @Test
    void resultsComeInTheOrderArticlesWereSubmittedWhateverTheThreads() {
        List<Article> articles = numbered(40);
        List<IngestResult> results = ingest(News.ANNOTATOR, 3, articles);
        assertThat(results).extracting(IngestResult::source).containsExactlyElementsOf(articles.stream().map(Article::source).toList());
        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(IngestOutcome.NEW));
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.articleCount()).isEqualTo(40);
        }
    }

    @Test
    void anArticleInAnotherLanguageIsCountedNotWritten() {
        List<IngestResult> results = ingest(News.ANNOTATOR, 0, List.of(News.BULGARIAN, News.ROADS));
        assertThat(results).extracting(IngestResult::outcome).containsExactly(IngestOutcome.OTHER_LANGUAGE, IngestOutcome.NEW);
        assertThat(results.get(0).language()).isEqualTo("bg");
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void anAnnotationFailureIsReportedWithItsSourceAndTheRestGoIn() {
        Stage failing = new Stage() {
            @Override
            public List<Layer<?>> needs() {
                return List.of();
            }

            @Override
            public List<Layer<?>> adds() {
                return List.of();
            }

            @Override
            public void annotate(Document document) {
                if (document.original().contains("број 3 ")) {
                    throw new IllegalStateException("a stage failed");
                }
            }
        };
        List<Stage> stages = new ArrayList<>(Pipeline.builder().build().stages());
        stages.add(failing);
        ArticleAnnotator annotator = ArticleAnnotator.annotating(Pipeline.builder().stages(stages).build());
        List<IngestResult> results = ingest(annotator, 2, numbered(6));
        assertThat(results).hasSize(6);
        assertThat(results.get(3).outcome()).isEqualTo(IngestOutcome.FAILED);
        assertThat(results.get(3).source()).isEqualTo("https://vesti.example.mk/3");
        assertThat(results.get(3).failure()).hasValueSatisfying(f -> assertThat(f).contains("a stage failed"));
        assertThat(results).filteredOn(r -> r.outcome() == IngestOutcome.NEW).hasSize(5);
    }

    @Test
    void anArticleTheArchiveRefusesIsReportedWithItsSourceAndTheRestGoIn() {
        List<String> written = new ArrayList<>();
        ArchiveWriter refusing = new ArchiveWriter() {
            @Override
            public IngestOutcome write(AnnotatedArticle article) {
                if (article.id().endsWith("/1")) {
                    throw new IllegalArgumentException("Document contains at least one immense term\nand more");
                }
                written.add(article.id());
                return IngestOutcome.NEW;
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
        List<IngestResult> results = new ArrayList<>();
        try (Ingestion ingestion = new Ingestion(News.ANNOTATOR, refusing, 1, results::add)) {
            numbered(3).forEach(ingestion::submit);
        }
        assertThat(results).extracting(IngestResult::outcome).containsExactly(IngestOutcome.NEW, IngestOutcome.FAILED, IngestOutcome.NEW);
        assertThat(results.get(1).failure()).contains("cannot be indexed: Document contains at least one immense term");
        assertThat(written).containsExactly("https://vesti.example.mk/0", "https://vesti.example.mk/2");
    }

    @Test
    void withoutAnnotationArticlesAreWrittenWithTextAndMetadataOnly() {
        List<IngestResult> results = ingest(ArticleAnnotator.textOnly(), 2, numbered(3));
        assertThat(results).extracting(IngestResult::outcome).containsOnly(IngestOutcome.NEW);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.search(SearchRequest.of("буџет")).total()).isEqualTo(3);
            assertThat(archive.quotes(QuoteRequest.of("")).total()).isZero();
            assertThat(archive.article("https://vesti.example.mk/0").orElseThrow().facts()).isEqualTo(ArticleFacts.none("mk"));
        }
    }
}
