package org.vesnik.archive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search: a query in Lucene's classic syntax (free words search titles and bodies; fields
 * {@code title:}, {@code entity:}, {@code speaker:}, {@code source:}; an empty query matches
 * every article), filters, the order, and which page of hits (from 1).
 */
public record SearchRequest(String query, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> outlet,
                            Optional<String> entity, Optional<String> speaker, SortOrder sort, int page, int pageSize,
                            int facetSize) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(sort, "sort");
        Paging.check(page, pageSize);
        if (facetSize < 0) {
            throw new IllegalArgumentException("facetSize must not be negative");
        }
    }

    /** The first page of ten hits by relevance, with ten values a facet. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), SortOrder.relevance, 1, 10, 10);
    }

    /** Articles published on or after this day. */
    public SearchRequest withFrom(LocalDate day) {
        return new SearchRequest(query, Optional.of(day), to, outlet, entity, speaker, sort, page, pageSize, facetSize);
    }

    /** Articles published on or before this day. */
    public SearchRequest withTo(LocalDate day) {
        return new SearchRequest(query, from, Optional.of(day), outlet, entity, speaker, sort, page, pageSize, facetSize);
    }

    public SearchRequest withOutlet(String name) {
        return new SearchRequest(query, from, to, Optional.of(name), entity, speaker, sort, page, pageSize, facetSize);
    }

    /** Articles naming this entity (an id, or a name the registry knows). */
    public SearchRequest withEntity(String idOrName) {
        return new SearchRequest(query, from, to, outlet, Optional.of(idOrName), speaker, sort, page, pageSize, facetSize);
    }

    /** Articles quoting this entity (an id, or a name the registry knows). */
    public SearchRequest withSpeaker(String idOrName) {
        return new SearchRequest(query, from, to, outlet, entity, Optional.of(idOrName), sort, page, pageSize, facetSize);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, from, to, outlet, entity, speaker, order, page, pageSize, facetSize);
    }

    public SearchRequest withPage(int number, int size) {
        return new SearchRequest(query, from, to, outlet, entity, speaker, sort, number, size, facetSize);
    }
}
