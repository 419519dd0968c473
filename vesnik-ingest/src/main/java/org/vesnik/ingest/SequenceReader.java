package org.vesnik.ingest;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads inputs one after the other (the files of a folder, the sources a user names), each
 * opened when the one before is done and closed after it, so that one input is open at a time.
 */
final class SequenceReader implements ArticleReader {

    private final Iterator<ArticleReader> readers;
    private final LongSupplier skippedBetween;
    private ArticleReader current;
    private long bytesDone;
    private long skippedDone;
    private boolean closed;

    /** @param skippedBetween entries passed over between the readers (hidden files), counted by the caller */
    SequenceReader(Iterator<ArticleReader> readers, LongSupplier skippedBetween) {
        this.readers = readers;
        this.skippedBetween = skippedBetween;
    }

    @Override
    public Optional<ReadItem> next() {
        while (!closed) {
            if (current != null) {
                Optional<ReadItem> item = current.next();
                if (item.isPresent()) {
                    return item;
                }
                finishCurrent();
            }
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            current = readers.next();
        }
        return Optional.empty();
    }

    private void finishCurrent() {
        bytesDone += current.bytesRead();
        skippedDone += current.skipped();
        current.close();
        current = null;
    }

    @Override
    public long bytesRead() {
        return bytesDone + (current == null ? 0 : current.bytesRead());
    }

    @Override
    public long skipped() {
        return skippedDone + skippedBetween.getAsLong() + (current == null ? 0 : current.skipped());
    }

    @Override
    public void close() {
        if (current != null) {
            finishCurrent();
        }
        closed = true;
    }
}
