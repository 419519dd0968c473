package org.vesnik.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.vesnik.archive.ArticleHit;
import org.vesnik.archive.ArticleId;
import org.vesnik.archive.FacetCount;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.SearchResult;
import org.vesnik.archive.Snippet;
import org.vesnik.archive.SortOrder;
import org.vesnik.archive.StoredArticle;
import org.vesnik.core.ner.EntityType;

/** Searches the articles of one view of the archive: queries with facets and snippets, look-ups by id, more like this. */
final class ArticleSearch {

    /** Free words search the title (boosted: a word in the headline says more), the lead and the body. */
    private static final List<String> TEXT_FIELDS = List.of(ArchiveSchema.TITLE, ArchiveSchema.LEAD, ArchiveSchema.BODY);
    private static final Map<String, Float> BOOSTS = Map.of(ArchiveSchema.TITLE, 2f);
    private static final Set<String> HIT_FIELDS = Set.of(ArchiveSchema.ARTICLE, ArchiveSchema.TITLE, ArchiveSchema.OUTLET,
            ArchiveSchema.PUBLISHED, ArchiveSchema.URL, ArchiveSchema.ORIGIN);
    /** Facet dimensions whose values are entity ids, shown by name. */
    private static final Set<String> ENTITY_DIMS = Set.of(ArchiveSchema.typeField(EntityType.PER),
            ArchiveSchema.typeField(EntityType.ORG), ArchiveSchema.typeField(EntityType.LOC),
            ArchiveSchema.typeField(EntityType.MISC), ArchiveSchema.FACET_SPEAKER);

    private final ArchiveSearcher searcher;
    private final RegistryReader registry;

    ArticleSearch(ArchiveSearcher searcher, RegistryReader registry) {
        this.searcher = searcher;
        this.registry = registry;
    }

    SearchResult search(SearchRequest request) throws IOException {
        Query text = new ArchiveQueryParser(TEXT_FIELDS, BOOSTS, registry.resolver()).parse(request.query());
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(Filters.kind(ArchiveSchema.KIND_ARTICLE), BooleanClause.Occur.FILTER);
        Filters.days(request.from(), request.to()).ifPresent(days -> query.add(days, BooleanClause.Occur.FILTER));
        request.outlet().ifPresent(outlet -> query.add(Filters.outlet(outlet), BooleanClause.Occur.FILTER));
        if (request.entity().isPresent()) {
            query.add(ArchiveQueryParser.idQuery(ArchiveSchema.ENTITY, registry.resolver().ids(request.entity().get())),
                    BooleanClause.Occur.FILTER);
        }
        if (request.speaker().isPresent()) {
            query.add(ArchiveQueryParser.idQuery(ArchiveSchema.SPEAKER, registry.resolver().ids(request.speaker().get())),
                    BooleanClause.Occur.FILTER);
        }
        Query all = query.build();
        int depth = request.page() * request.pageSize();
        Sort sort = request.sort() == SortOrder.date ? new Sort(Filters.newestFirst(), SortField.FIELD_SCORE) : null;
        TopDocs top;
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        try {
            if (request.facetSize() > 0 && searcher.facets().isPresent()) {
                FacetsCollectorManager.FacetsResult result = sort == null
                        ? FacetsCollectorManager.search(searcher, all, depth, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, all, depth, sort, true, new FacetsCollectorManager());
                top = result.topDocs();
                facets = facets(new SortedSetDocValuesFacetCounts(searcher.facets().get(), result.facetsCollector()),
                        request.facetSize());
            } else {
                // every hit counted, so the total is exact
                top = sort == null
                        ? searcher.search(all, new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE))
                        : searcher.search(all, new TopFieldCollectorManager(sort, depth, null, Integer.MAX_VALUE));
            }
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw ArchiveQueryParser.bad(request.query(), e);
        }
        if (request.facetSize() > 0 && facets.isEmpty()) {
            // nothing written yet: every facet, with no values
            for (String dim : ArchiveSchema.FACET_DIMS) {
                facets.put(dim, List.of());
            }
        }
        List<ArticleHit> hits = hits(top, (request.page() - 1) * request.pageSize(), all);
        return new SearchResult(request.query(), top.totalHits.value, request.page(), request.pageSize(), hits, facets);
    }

    /** The hits from {@code from} on, each with a snippet of its body highlighting {@code query}. */
    private List<ArticleHit> hits(TopDocs top, int from, Query query) throws IOException {
        int n = Math.max(0, top.scoreDocs.length - from);
        int[] docIds = new int[n];
        for (int i = 0; i < n; i++) {
            docIds[i] = top.scoreDocs[from + i].doc;
        }
        Snippet[] snippets = new SnippetHighlighter(searcher, ArchiveSchema.ANALYZER).snippets(ArchiveSchema.BODY, query, docIds);
        List<ArticleHit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScoreDoc scored = top.scoreDocs[from + i];
            Document doc = searcher.storedFields().document(scored.doc, HIT_FIELDS);
            hits.add(ArticleDocuments.hit(doc, Float.isNaN(scored.score) ? 0 : scored.score, snippets[i]));
        }
        return hits;
    }

    private Map<String, List<FacetCount>> facets(Facets counts, int size) throws IOException {
        Map<String, FacetResult> results = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (String dim : ArchiveSchema.FACET_DIMS) {
            FacetResult result = FacetDims.top(counts, dim, size);
            results.put(dim, result);
            if (result != null && ENTITY_DIMS.contains(dim)) {
                for (LabelAndValue value : result.labelValues) {
                    ids.add(value.label);
                }
            }
        }
        Map<String, String> names = registry.labels(ids);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        results.forEach((dim, result) -> {
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, names.getOrDefault(value.label, value.label), value.value.longValue()));
                }
            }
            facets.put(dim, values);
        });
        return facets;
    }

    Optional<StoredArticle> article(String id) throws IOException {
        Optional<Integer> doc = find(id);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ArticleDocuments.stored(searcher.storedFields().document(doc.get())));
    }

    /** The document of the article with this id, or with the id this URL normalises to. */
    private Optional<Integer> find(String id) throws IOException {
        String wanted = id.strip();
        TopDocs top = searcher.search(new TermQuery(new Term(ArchiveSchema.ID, wanted)), 1);
        if (top.scoreDocs.length == 0) {
            Optional<String> url = ArticleId.canonicalUrl(wanted).filter(u -> !u.equals(wanted));
            if (url.isEmpty()) {
                return Optional.empty();
            }
            top = searcher.search(new TermQuery(new Term(ArchiveSchema.ID, url.get())), 1);
        }
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
    }

    List<ArticleHit> similar(String id, int count) throws IOException {
        Optional<Integer> doc = find(id);
        if (doc.isEmpty()) {
            return List.of();
        }
        String found = searcher.storedFields().document(doc.get(), Set.of(ArchiveSchema.ARTICLE)).get(ArchiveSchema.ARTICLE);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(ArchiveSchema.ANALYZER);
        mlt.setFieldNames(new String[] {ArchiveSchema.TITLE, ArchiveSchema.BODY});
        // an archive of a few articles has few repeated words: let every shared word count
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(doc.get());
        Query query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(Filters.kind(ArchiveSchema.KIND_ARTICLE), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.ARTICLE, found)), BooleanClause.Occur.MUST_NOT)
                .build();
        return hits(searcher.search(query, count), 0, like);
    }

    long count() throws IOException {
        return searcher.count(Filters.kind(ArchiveSchema.KIND_ARTICLE));
    }
}
