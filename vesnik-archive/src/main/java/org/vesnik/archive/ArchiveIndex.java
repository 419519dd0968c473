package org.vesnik.archive;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Reads an archive: search with facets and snippets, the entity registry, quotations, stored
 * articles and articles like one. The command line and the HTTP API call the same methods;
 * the embedded Lucene index is one implementation, a cluster can be another. Thread-safe; a
 * reader sees what a writer has committed, refreshed at each call.
 */
public interface ArchiveIndex extends Closeable {

    /** Articles matching a query, a page of them with snippets, and facet counts over all matches. */
    SearchResult search(SearchRequest request);

    /** Entities by the number of articles that name them, optionally matching a name. */
    EntityPage entities(EntityRequest request);

    /** Quotations matching words, a speaker, dates. */
    QuotePage quotes(QuoteRequest request);

    /** An article as stored, with its annotation, by id (or by a URL that normalises to it). */
    Optional<StoredArticle> article(String id);

    /** The articles most like the one with this id (more like this); empty if there is no such article. */
    List<ArticleHit> similar(String id, int count);

    /** How many articles the archive holds. */
    long articleCount();

    @Override
    void close();
}
