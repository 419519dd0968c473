package org.vesnik.archive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vesnik.core.article.Article;

/**
 * Feeds articles through annotation into an archive writer. Annotation runs in a bounded pool
 * of worker threads; results are written in the order the articles were submitted, by the
 * submitting thread, so an ingest's outcome does not depend on thread timing and at most a few
 * articles a worker are held in memory. With no workers, each article is annotated as it comes.
 */
public final class Ingestion implements AutoCloseable {

    private final ArticleAnnotator annotator;
    private final ArchiveWriter writer;
    private final Consumer<IngestResult> listener;
    private final ExecutorService workers;
    private final int window;
    private final Deque<Pending> pending = new ArrayDeque<>();

    private record Pending(Article article, Future<AnnotatedArticle> annotated) {
    }

    /**
     * @param threads  annotation threads; 0 annotates in the calling thread
     * @param listener told of each article's result, in submission order, on the calling thread
     */
    public Ingestion(ArticleAnnotator annotator, ArchiveWriter writer, int threads, Consumer<IngestResult> listener) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must not be negative");
        }
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.workers = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vesnik-annotate");
            t.setDaemon(true);
            return t;
        });
        // two articles a worker keep every worker busy while the writer takes the oldest
        this.window = Math.max(1, 2 * threads);
    }

    /** Queues an article; may first write the oldest queued ones, waiting for their annotation. */
    public void submit(Article article) {
        Future<AnnotatedArticle> annotated = workers == null
                ? annotateNow(article)
                : workers.submit(() -> annotator.annotate(article));
        pending.add(new Pending(article, annotated));
        while (pending.size() > (workers == null ? 0 : window)) {
            writeOldest();
        }
    }

    private CompletableFuture<AnnotatedArticle> annotateNow(Article article) {
        try {
            return CompletableFuture.completedFuture(annotator.annotate(article));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Writes every queued article. */
    public void flush() {
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    private void writeOldest() {
        Pending next = pending.poll();
        AnnotatedArticle annotated;
        try {
            annotated = next.annotated().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException("interrupted while annotating " + next.article().source(), e);
        } catch (ExecutionException e) {
            listener.accept(new IngestResult(next.article().source(), IngestOutcome.FAILED, "und", Optional.empty(),
                    Optional.of("annotation failed: " + e.getCause())));
            return;
        }
        if (!annotated.macedonian()) {
            listener.accept(new IngestResult(next.article().source(), IngestOutcome.OTHER_LANGUAGE, annotated.language(),
                    Optional.of(annotated.id()), Optional.empty()));
            return;
        }
        IngestOutcome outcome;
        try {
            outcome = writer.write(annotated);
        } catch (IllegalArgumentException e) {
            // the index refused this article (and kept the others): say so and go on
            listener.accept(new IngestResult(next.article().source(), IngestOutcome.FAILED, annotated.language(),
                    Optional.of(annotated.id()), Optional.of("cannot be indexed: " + e.getMessage().lines().findFirst().orElse(""))));
            return;
        }
        listener.accept(new IngestResult(next.article().source(), outcome, annotated.language(), Optional.of(annotated.id()),
                Optional.empty()));
    }

    /** Writes what is queued and stops the workers; the writer stays open (its owner closes it). */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }
}
