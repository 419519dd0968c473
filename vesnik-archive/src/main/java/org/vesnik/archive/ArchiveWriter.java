package org.vesnik.archive;

import java.io.Closeable;

/**
 * Writes articles into an archive. An article and its quotations go in together or not at all;
 * writes are committed in batches, so a crash loses at most the batch not yet committed. Used by
 * one thread at a time.
 */
public interface ArchiveWriter extends Closeable {

    /** Adds an article, replaces an older version of it, or changes nothing if this version is stored. */
    IngestOutcome write(AnnotatedArticle article);

    /** Makes everything written so far durable and visible to readers. */
    void commit();

    /** Commits and releases the archive. */
    @Override
    void close();
}
