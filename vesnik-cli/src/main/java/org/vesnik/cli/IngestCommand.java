package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vesnik.archive.ArchiveException;
import org.vesnik.archive.ArticleAnnotator;
import org.vesnik.archive.Ingestion;
import org.vesnik.archive.lucene.LuceneArchiveWriter;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.ingest.ArticleReader;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;
import org.vesnik.ingest.SourceReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik ingest}: reads sources, annotates the Macedonian articles and puts them in the archive. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles from files, folders, feeds and URLs into the archive.",
            "Only Macedonian articles are annotated and archived; the others are counted",
            "by language. Ingesting an article again changes nothing; a changed one",
            "replaces the old as a new version. Exit codes: 0; 65 when some inputs were",
            "bad (all the others are ingested); 66 when a named source is missing."})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, folders, or URLs of feeds, sitemaps and pages.")
    private List<String> sources = new ArrayList<>();

    @Mixin
    private ArchiveOption archive;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotation threads (default: the number of processors; 0 annotates in the writing thread).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles a commit (default: ${DEFAULT-VALUE}); a crash loses at most the batch being written.")
    private int batch = LuceneArchiveWriter.DEFAULT_BATCH;

    @Option(names = "--no-annotation",
            description = "Index text and metadata only: no language identification, no annotation (for text known to be Macedonian).")
    private boolean noAnnotation;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        if (threads < 0 || batch < 1) {
            terminal.error("--threads must be 0 or more and --batch 1 or more");
            return ExitCodes.USAGE;
        }
        Path dir = archive.resolve(terminal);
        ArticleAnnotator annotator = noAnnotation ? ArticleAnnotator.textOnly() : ArticleAnnotator.annotating(Pipeline.builder().build());
        IngestSummary summary = new IngestSummary();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir, batch);
             IngestProgress progress = IngestProgress.on(terminal);
             Ingestion ingestion = new Ingestion(annotator, writer, threads, summary::result)) {
            long done = 0;
            long total = 0;
            for (String source : sources) {
                Optional<ArticleReader> opened = open(source, summary);
                if (opened.isEmpty()) {
                    continue;
                }
                try (ArticleReader reader = opened.get()) {
                    total = total < 0 || reader.totalBytes() < 0 ? -1 : total + reader.totalBytes();
                    progress.total(total);
                    for (Optional<ReadItem> item = reader.next(); item.isPresent(); item = reader.next()) {
                        if (item.get() instanceof ReadItem.Found found) {
                            ingestion.submit(found.article());
                        } else {
                            ReadItem.Problem problem = (ReadItem.Problem) item.get();
                            summary.problem(problem, problem.source().equals(source));
                        }
                        progress.update(summary.articles(), done + reader.bytesRead());
                    }
                    done += reader.bytesRead();
                }
            }
        } catch (ArchiveException e) {
            return ArchiveErrors.report(terminal, e);
        }
        format.write(summary, terminal.out(), (s, out) -> s.writeJson(out, dir), (s, out) -> s.writeText(out, dir));
        return summary.exitCode();
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The reader of a source, or empty when there is none to read (reported in the summary). */
    private static Optional<ArticleReader> open(String source, IngestSummary summary) {
        if (!source.contains("://") && !exists(source)) {
            summary.missing(source);
            return Optional.empty();
        }
        try {
            return Optional.of(new SourceReaders().open(source));
        } catch (RuntimeException e) {
            summary.problem(new ReadItem.Problem(source, ProblemKind.MISSING,
                    "cannot read: " + e.getMessage()), true);
            return Optional.empty();
        }
    }
}
