package org.vesnik.archive.lucene;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the archive, with that view's facet ordinals
 * computed once when the view is opened, not at every search.
 */
final class ArchiveSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facets;

    private ArchiveSearcher(IndexReader reader) throws IOException {
        super(reader);
        FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        this.facets = field != null && field.getDocValuesType() == DocValuesType.SORTED_SET
                ? new DefaultSortedSetDocValuesReaderState(reader, ArchiveSchema.FACETS) : null;
    }

    /** The facet ordinals of this view; empty while no article has been written. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return Optional.ofNullable(facets);
    }

    /** Makes an {@link ArchiveSearcher} for each view a {@code SearcherManager} opens. */
    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new ArchiveSearcher(reader);
        }
    }
}
