package org.vesnik.archive.lucene;

import java.io.IOException;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Reads one dimension of facet counts, where a dimension no article has a value for yet (no
 * speaker quoted, no date) is empty rather than an error.
 */
final class FacetDims {

    private FacetDims() {
    }

    /** The {@code n} most frequent values of {@code dim}, or null when no document has one. */
    static FacetResult top(Facets facets, String dim, int n) throws IOException {
        try {
            return facets.getTopChildren(n, dim);
        } catch (IllegalArgumentException unknownDimension) {
            return null;
        }
    }

    /** How many documents have {@code value} in {@code dim}; 0 when none. */
    static long specific(Facets facets, String dim, String value) throws IOException {
        try {
            Number count = facets.getSpecificValue(dim, value);
            return count == null ? 0 : Math.max(0, count.longValue());
        } catch (IllegalArgumentException unknownDimension) {
            return 0;
        }
    }
}
