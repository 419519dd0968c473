package org.vesnik.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of search hits, how many articles matched in all, and facet counts over all of them:
 * {@code outlet}, {@code per}, {@code org}, {@code loc}, {@code misc} (entities by type),
 * {@code speaker}, {@code language} and {@code day}, each the most frequent values first.
 */
public record SearchResult(String query, long total, int page, int pageSize, List<ArticleHit> hits,
                           Map<String, List<FacetCount>> facets) {

    public SearchResult {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((dim, counts) -> copy.put(dim, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }
}
