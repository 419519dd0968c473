package org.vesnik.ingest;

import java.util.Optional;
import org.vesnik.ingest.fetch.Fetcher;

/**
 * What every reader of one {@link SourceReaders} shares: the options, the page extractor, the
 * and the fetcher.
 */
record ReaderContext(ReadOptions options, PageArticles pages, Fetcher fetcher) {

    /** The feed items' reader: it fetches linked pages unless the options say not to. */
    FeedItems feedItems() {
        return new FeedItems(options.fetchLinkedPages() ? Optional.of(fetcher) : Optional.empty(), pages);
    }
}
