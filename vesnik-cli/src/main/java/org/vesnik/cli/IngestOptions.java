package org.vesnik.cli;

import java.nio.file.Path;
import org.vesnik.archive.ArticleAnnotator;
import org.vesnik.archive.lucene.LuceneArchiveWriter;
import org.vesnik.core.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The options of the commands that write the archive ({@code ingest}, {@code watch}): threads, batch, annotation. */
final class IngestOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotation threads (default: the number of processors; 0 annotates in the writing thread).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles a commit (default: ${DEFAULT-VALUE}); a crash loses at most the batch being written.")
    private int batch = LuceneArchiveWriter.DEFAULT_BATCH;

    @Option(names = "--no-annotation",
            description = "Index text and metadata only: no language identification, no annotation (for text known to be Macedonian).")
    private boolean noAnnotation;

    /** Whether the options can be used; when not, says why on stderr (a usage error). */
    boolean usable(Terminal terminal) {
        if (threads < 0 || batch < 1) {
            terminal.error("--threads must be 0 or more and --batch 1 or more");
            return false;
        }
        return true;
    }

    /** The archive in {@code dir}, open for writing with these options. */
    IngestSession open(Path dir) {
        ArticleAnnotator annotator = noAnnotation ? ArticleAnnotator.textOnly() : ArticleAnnotator.annotating(Pipeline.builder().build());
        return IngestSession.open(dir, batch, threads, annotator);
    }
}
