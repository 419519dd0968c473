package org.vesnik.ingest;

import java.io.Closeable;
import java.util.Optional;

/**
 * Reads articles from one input (a file, a folder, a feed, a WARC), one record at a time, so
 * memory stays bounded whatever the input's size. A bad record is a {@link ReadItem.Problem}
 * and reading goes on; only a failure to go on at all ends the input with a last problem.
 */
public interface ArticleReader extends Closeable {

    /** The next article or problem, or empty at the end of the input. */
    Optional<ReadItem> next();

    /** Bytes consumed so far, for progress. */
    long bytesRead();

    /** The input's size in bytes when known before reading (a file), else -1. */
    default long totalBytes() {
        return -1;
    }

    /**
     * Records passed over because they are not articles (a WARC's requests and metadata, images,
     * pages a conditional GET found unchanged, hidden files in a folder): counted, not reported
     * one by one.
     */
    default long skipped() {
        return 0;
    }

    @Override
    void close();
}
