package org.vesnik.ingest;

import java.util.Optional;
import java.util.function.Supplier;

/** A reader of an input that is one record (a text file, an HTML page), read when first asked. */
final class SingleItemReader implements ArticleReader {

    private final Supplier<ReadItem> item;
    private final long size;
    private boolean done;

    /** @param size the input's size in bytes, or -1 when unknown */
    SingleItemReader(Supplier<ReadItem> item, long size) {
        this.item = item;
        this.size = size;
    }

    static SingleItemReader of(ReadItem item) {
        return new SingleItemReader(() -> item, -1);
    }

    @Override
    public Optional<ReadItem> next() {
        if (done) {
            return Optional.empty();
        }
        done = true;
        return Optional.of(item.get());
    }

    @Override
    public long bytesRead() {
        return done ? Math.max(size, 0) : 0;
    }

    @Override
    public long totalBytes() {
        return size;
    }

    @Override
    public void close() {
        done = true;
    }
}
