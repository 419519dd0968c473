package org.vesnik.ingest;

import java.util.Optional;
import java.util.function.Supplier;

/** Opens its reader only when first asked for an item, so that opening many inputs costs nothing. */
final class LazyReader implements ArticleReader {

    private final Supplier<ArticleReader> opener;
    private final long size;
    private ArticleReader inner;
    private boolean closed;

    /** @param size the input's size in bytes when known before opening, else -1 */
    LazyReader(Supplier<ArticleReader> opener, long size) {
        this.opener = opener;
        this.size = size;
    }

    @Override
    public Optional<ReadItem> next() {
        if (closed) {
            return Optional.empty();
        }
        if (inner == null) {
            inner = opener.get();
        }
        return inner.next();
    }

    @Override
    public long bytesRead() {
        return inner == null ? 0 : inner.bytesRead();
    }

    @Override
    public long totalBytes() {
        return inner == null || inner.totalBytes() < 0 ? size : inner.totalBytes();
    }

    @Override
    public long skipped() {
        return inner == null ? 0 : inner.skipped();
    }

    @Override
    public void close() {
        closed = true;
        if (inner != null) {
            inner.close();
        }
    }
}
