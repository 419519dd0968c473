package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Optional;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

/**
 * Coverage-guided fuzzing of page extraction: whatever the bytes, content type and URL, the
 * result is an article or a documented problem, never an exception. Under plain
 * {@code mvn verify} the stored inputs are replayed; run with {@code JAZZER_FUZZ=1} to search
 * for new ones.
 */
class ArticleExtractorFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(1 << 20, ArticleExtractor.DEFAULT_ZONE);
    private static final Instant FETCHED = Instant.parse("2026-01-20T10:00:00Z");

    @FuzzTest(maxDuration = "5m")
    void pageGivesAnArticleOrADocumentedProblem(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? data.consumeString(40) : null;
        String url = data.consumeBoolean() ? data.consumeString(60) : null;
        byte[] page = data.consumeRemainingAsBytes();
        ReadItem item = EXTRACTOR.read(page, contentType, "fuzz", url, FETCHED);
        if (item instanceof ReadItem.Found found) {
            Article article = found.article();
            assertThat(article.text()).isNotBlank().doesNotContain("\n\n\n");
        } else {
            assertThat(((ReadItem.Problem) item).kind()).isIn(ProblemKind.NO_ARTICLE, ProblemKind.NOT_TEXT, ProblemKind.TOO_LARGE);
        }
        Optional<Article> extracted = EXTRACTOR.extract(page, contentType, "fuzz", url, FETCHED);
        assertThat(extracted.isPresent()).isEqualTo(item instanceof ReadItem.Found);
    }
}
