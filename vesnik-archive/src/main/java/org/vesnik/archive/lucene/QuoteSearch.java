package org.vesnik.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.vesnik.archive.NameFolding;
import org.vesnik.archive.QuoteHit;
import org.vesnik.archive.QuotePage;
import org.vesnik.archive.QuoteRequest;

/**
 * Searches the quotation documents of one view of the archive: "what did X say about Y" is
 * the words Y (or {@code entity:Y}) with the speaker X, one query, not a scan of articles.
 */
final class QuoteSearch {

    private final ArchiveSearcher searcher;
    private final RegistryReader registry;

    QuoteSearch(ArchiveSearcher searcher, RegistryReader registry) {
        this.searcher = searcher;
        this.registry = registry;
    }

    QuotePage quotes(QuoteRequest request) throws IOException {
        Query words = new ArchiveQueryParser(List.of(ArchiveSchema.WORDS), Map.of(), registry.resolver()).parse(request.query());
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(Filters.kind(ArchiveSchema.KIND_QUOTE), BooleanClause.Occur.FILTER);
        Filters.days(request.from(), request.to()).ifPresent(days -> query.add(days, BooleanClause.Occur.FILTER));
        if (request.speaker().isPresent()) {
            query.add(speaker(request.speaker().get()), BooleanClause.Occur.FILTER);
        }
        int depth = request.page() * request.pageSize();
        TopDocs top;
        try {
            top = request.query().isBlank()
                    ? searcher.search(query.build(), new TopFieldCollectorManager(
                            new Sort(Filters.newestFirst(), SortField.FIELD_DOC), depth, null, Integer.MAX_VALUE))
                    : searcher.search(query.build(), new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE));
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw ArchiveQueryParser.bad(request.query(), e);
        }
        List<QuoteHit> hits = new ArrayList<>();
        for (int i = (request.page() - 1) * request.pageSize(); i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            hits.add(ArticleDocuments.quoteHit(searcher.storedFields().document(hit.doc)));
        }
        return new QuotePage(top.totalHits.value, request.page(), request.pageSize(), hits);
    }

    /**
     * Quotations of the entities a speaker's id or name stands for; when the registry knows no
     * such entity, quotations whose speaker is named with those words (аналитичарите).
     */
    private Query speaker(String idOrName) throws IOException {
        List<String> ids = registry.resolve(idOrName);
        if (!ids.isEmpty()) {
            return ArchiveQueryParser.idQuery(ArchiveSchema.SPEAKER, ids);
        }
        List<String> folded = NameFolding.INSTANCE.words(idOrName);
        return folded.isEmpty() ? new MatchNoDocsQuery()
                : new PhraseQuery(ArchiveSchema.SPEAKER_NAME, folded.toArray(String[]::new));
    }
}
