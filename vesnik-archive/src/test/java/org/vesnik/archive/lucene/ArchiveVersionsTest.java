package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.archive.IngestOutcome.NEW;
import static org.vesnik.archive.IngestOutcome.UNCHANGED;
import static org.vesnik.archive.IngestOutcome.UPDATED;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.News;
import org.vesnik.archive.QuoteRequest;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.StoredArticle;
import org.vesnik.core.article.Article;

class ArchiveVersionsTest {

    @TempDir
    Path dir;

    /** The same values read again from elsewhere: the same version. */
    private static final Article ROADS_CORRECTED = News.ROADS.toBuilder().build();

    private static Article roadsRewritten() {
        return Article.builder(News.ROADS.source(), "Премиерот Христијан Мицкоски изјави дека планот за мостови е готов.\n\n"
                        + "Министерот Марко Трајковски рече „мостовите ќе бидат нови“.")
                .url("https://vesti.example.mk/patishta").outlet("МИА").title("Планот за мостови е готов")
                .published(News.ROADS.published().orElseThrow()).build();
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() {
        assertThat(Archives.ingest(dir, News.ROADS, News.MOSCOW)).containsExactly(NEW, NEW);
        assertThat(Archives.ingest(dir, News.ROADS, News.MOSCOW, ROADS_CORRECTED)).containsExactly(UNCHANGED, UNCHANGED, UNCHANGED);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.articleCount()).isEqualTo(2);
            assertThat(archive.article("https://vesti.example.mk/patishta")).map(StoredArticle::version).contains(1);
            long quoted = News.ANNOTATOR.annotate(News.ROADS).facts().quotes().size()
                    + News.ANNOTATOR.annotate(News.MOSCOW).facts().quotes().size();
            assertThat(archive.quotes(QuoteRequest.of("")).total()).isEqualTo(quoted);
        }
    }

    @Test
    void theSameArticleTwiceInOneBatchIsWrittenOnce() {
        assertThat(Archives.ingest(dir, News.ROADS, News.ROADS)).containsExactly(NEW, UNCHANGED);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aChangedArticleReplacesTheOldOneWithItsQuotationsAndCountsAVersion() {
        Archives.ingest(dir, News.ROADS);
        assertThat(Archives.ingest(dir, roadsRewritten())).containsExactly(UPDATED);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.articleCount()).isEqualTo(1);
            StoredArticle stored = archive.article("https://vesti.example.mk/patishta").orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.title()).contains("Планот за мостови е готов");
            assertThat(archive.search(SearchRequest.of("мостови")).total()).isEqualTo(1);
            assertThat(archive.search(SearchRequest.of("Скопје")).total()).isZero();
            assertThat(archive.quotes(QuoteRequest.of("")).quotes()).extracting(q -> q.quote().words().text())
                    .contains("мостовите ќе бидат нови").doesNotContain("ова е голем ден за Скопје")
                    .hasSize(News.ANNOTATOR.annotate(roadsRewritten()).facts().quotes().size());
        }
    }

    @Test
    void anEarlierVersionReadAgainDoesNotTakeTheArticleBack() {
        assertThat(Archives.ingest(dir, News.ROADS, roadsRewritten())).containsExactly(NEW, UPDATED);
        assertThat(Archives.ingest(dir, News.ROADS, roadsRewritten(), News.ROADS)).containsExactly(UNCHANGED, UNCHANGED, UNCHANGED);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            StoredArticle stored = archive.article("https://vesti.example.mk/patishta").orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.text()).contains("мостови");
        }
    }

    @Test
    void aNewTitleAloneIsANewVersion() {
        Archives.ingest(dir, News.ROADS);
        assertThat(Archives.ingest(dir, News.ROADS.toBuilder().title("Поправен наслов").build())).containsExactly(UPDATED);
    }

    @Test
    void trackingParametersDoNotMakeAnotherArticle() {
        Archives.ingest(dir, News.ROADS);
        Article shared = News.ROADS.toBuilder().url("https://VESTI.example.mk/patishta?fbclid=xyz#top").build();
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.article("https://vesti.example.mk/patishta?utm_medium=social")).isPresent();
        }
        // the stored URL differs, so this is a version, but of the same article
        assertThat(Archives.ingest(dir, shared)).containsExactly(UPDATED);
    }

    @Test
    void theSameTextWithoutAUrlFromTwoFilesIsOneArticle() {
        Article a = Article.builder("a/vest.txt", "Владата го усвои буџетот за следната година.").build();
        Article b = Article.builder("b/vest.txt", "Владата  го усвои буџетот за следната година.\n").build();
        assertThat(Archives.ingest(dir, a, b)).containsExactly(NEW, UNCHANGED);
    }

    @Test
    void showingGivesTheAnnotationAsIngested() {
        Archives.ingest(dir, News.MOSCOW);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            StoredArticle stored = archive.article("https://sitel.example.mk/moskva").orElseThrow();
            assertThat(stored.text()).isEqualTo(News.MOSCOW.text());
            assertThat(stored.facts()).isEqualTo(News.ANNOTATOR.annotate(News.MOSCOW).facts());
            assertThat(stored.outlet()).contains("Сител");
            assertThat(stored.published()).isEqualTo(News.MOSCOW.published());
            assertThat(stored.origin()).isEqualTo(News.MOSCOW.source());
            assertThat(archive.article("https://sitel.example.mk/nema")).isEmpty();
        }
    }
}
