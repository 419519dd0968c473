package org.vesnik.cli;

import java.nio.file.Path;
import org.vesnik.archive.ArticleAnnotator;
import org.vesnik.archive.Ingestion;
import org.vesnik.archive.lucene.LuceneArchiveWriter;
import org.vesnik.ingest.ReadItem;

/**
 * The path every read record takes into the archive, shared by {@code ingest} and {@code watch}:
 * an article goes through language identification and, when Macedonian, annotation, then to the
 * archive's writer; a record that gave no article is counted. Everything lands in an
 * {@link IngestSummary}. Holds the archive's write lock while open. Used by one thread.
 */
final class IngestSession implements AutoCloseable {

    private final LuceneArchiveWriter writer;
    private final Ingestion ingestion;
    private IngestSummary summary = new IngestSummary();

    private IngestSession(LuceneArchiveWriter writer, ArticleAnnotator annotator, int threads) {
        this.writer = writer;
        this.ingestion = new Ingestion(annotator, writer, threads, result -> summary.result(result));
    }

    /**
     * Opens the archive in {@code dir} for writing.
     *
     * @throws org.vesnik.archive.ArchiveException when it cannot be opened, or another ingest holds it
     */
    static IngestSession open(Path dir, int batch, int threads, ArticleAnnotator annotator) {
        LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir, batch);
        try {
            return new IngestSession(writer, annotator, threads);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /**
     * One record a reader gave: its article is queued for annotation and writing, or its problem
     * counted; {@code named} when the record is a source the user named (see
     * {@link IngestSummary#problem}).
     */
    void add(ReadItem item, boolean named) {
        if (item instanceof ReadItem.Found found) {
            ingestion.submit(found.article());
        } else {
            summary.problem((ReadItem.Problem) item, named);
        }
    }

    /** What was done so far; articles still queued are counted once written. */
    IngestSummary summary() {
        return summary;
    }

    /**
     * Writes every queued article and commits, so that a crash from now on loses none of them;
     * returns the summary of what was committed and counts afresh from here.
     */
    IngestSummary commit() {
        ingestion.flush();
        writer.commit();
        IngestSummary done = summary;
        summary = new IngestSummary();
        return done;
    }

    /** Writes what is queued, commits and releases the archive; {@link #summary()} is then complete. */
    @Override
    public void close() {
        try {
            ingestion.close();
        } finally {
            writer.close();
        }
    }
}
