package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.vesnik.archive.BadQueryException;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.News;
import org.vesnik.archive.QuoteRequest;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.SortOrder;

/** What every query must get from every search: an answer, or one line saying why it is a bad query. */
final class QueryAnswers {

    private QueryAnswers() {
    }

    static LuceneArchive archiveOfTheTestNews(Path dir) {
        Archives.ingest(dir, News.ALL);
        return LuceneArchive.open(dir);
    }

    static void check(LuceneArchive archive, String query) {
        answersOrRefuses(query, () -> archive.search(SearchRequest.of(query)));
        answersOrRefuses(query, () -> archive.search(SearchRequest.of(query).withSort(SortOrder.date)));
        answersOrRefuses(query, () -> archive.quotes(QuoteRequest.of(query)));
        answersOrRefuses(query, () -> archive.entities(EntityRequest.of(query)));
        answersOrRefuses(query, () -> archive.search(SearchRequest.of("").withEntity(query).withSpeaker(query).withOutlet(query)));
        answersOrRefuses(query, () -> archive.quotes(QuoteRequest.of("").withSpeaker(query)));
    }

    private static void answersOrRefuses(String query, Runnable search) {
        try {
            search.run();
        } catch (BadQueryException e) {
            String named = "bad query '" + ArchiveQueryParser.oneLine(query) + "': ";
            assertThat(e.getMessage()).startsWith(named);
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            assertThat(e.getMessage().substring(named.length())).isNotBlank();
        }
    }
}
