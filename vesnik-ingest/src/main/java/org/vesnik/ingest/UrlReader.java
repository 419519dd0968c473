package org.vesnik.ingest;

import java.net.URI;
import java.util.Optional;
import org.vesnik.ingest.fetch.FetchResult;

/**
 * Reads an http(s) URL a user names: fetched once, then read as what its content type and first
 * element say it is (a feed, a sitemap, a page).
 */
final class UrlReader implements ArticleReader {

    private final URI url;
    private final ReaderContext context;
    private ArticleReader inner;
    private long skipped;
    private long size;
    private boolean closed;

    UrlReader(URI url, ReaderContext context) {
        this.url = url;
        this.context = context;
    }

    @Override
    public Optional<ReadItem> next() {
        if (closed) {
            return Optional.empty();
        }
        if (inner == null) {
            FetchResult result = context.fetcher().fetch(url);
            if (result instanceof FetchResult.Page page) {
                size = page.body().length;
                inner = Documents.open(page.body(), page.contentType(), url.toString(), page.finalUrl(),
                        Optional.of(page.fetched()), context);
            } else if (result instanceof FetchResult.Failed failed) {
                inner = SingleItemReader.of(failed.toProblem());
            } else {
                skipped++;
                return Optional.empty();
            }
        }
        return inner.next();
    }

    @Override
    public long bytesRead() {
        return size;
    }

    @Override
    public long skipped() {
        return skipped + (inner == null ? 0 : inner.skipped());
    }

    @Override
    public void close() {
        closed = true;
        if (inner != null) {
            inner.close();
        }
    }
}
