package org.vesnik.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * Reads an RSS or Atom feed's items as articles (see {@link FeedItems}); a feed that does not
 * parse is one NOT_FEED problem. The feed itself is bounded by the record limit; its linked
 * pages are fetched one at a time, as items are asked for.
 */
final class FeedReader implements ArticleReader {

    private final byte[] bytes;
    private final String source;
    private final FeedItems items;
    private final Optional<Instant> fetched;
    private SyndFeed feed;
    private Iterator<SyndEntry> entries;
    private int index;
    private boolean done;

    /** @param fetched when the feed was fetched, or its file last written */
    FeedReader(byte[] bytes, String source, Optional<Instant> fetched, FeedItems items) {
        this.bytes = bytes;
        this.source = source;
        this.fetched = fetched;
        this.items = items;
    }

    @Override
    public Optional<ReadItem> next() {
        if (done) {
            return Optional.empty();
        }
        if (entries == null) {
            try {
                feed = FeedParser.parse(bytes, source);
            } catch (ReadFailure e) {
                done = true;
                return Optional.of(e.problem());
            }
            entries = feed.getEntries().iterator();
        }
        if (!entries.hasNext()) {
            done = true;
            return Optional.empty();
        }
        index++;
        return Optional.of(items.read(feed, entries.next(), source, index, fetched));
    }

    @Override
    public long bytesRead() {
        return entries == null ? 0 : bytes.length;
    }

    @Override
    public long totalBytes() {
        return bytes.length;
    }

    @Override
    public void close() {
        done = true;
    }
}
