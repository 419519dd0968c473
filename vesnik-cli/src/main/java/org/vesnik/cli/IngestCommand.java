package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vesnik.archive.ArchiveException;
import org.vesnik.ingest.ArticleReader;
import org.vesnik.ingest.ReadItem;
import org.vesnik.ingest.SourceReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private IngestOptions options;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        if (!options.usable(terminal)) {
            return ExitCodes.USAGE;
        }
        Path dir = archive.resolve(terminal);
        SourceReaders readers = parent.fetching().readers();
        IngestSession session;
        try {
            session = options.open(dir);
        } catch (ArchiveException e) {
            return ArchiveErrors.report(terminal, e);
        }
        try (session; IngestProgress progress = IngestProgress.on(terminal)) {
            long done = 0;
            long total = 0;
            for (String source : sources) {
                // a source that cannot be read (missing, refused) is its reader's one problem
                try (ArticleReader reader = readers.open(source)) {
                    total = total < 0 || reader.totalBytes() < 0 ? -1 : total + reader.totalBytes();
                    progress.total(total);
                    for (Optional<ReadItem> item = reader.next(); item.isPresent(); item = reader.next()) {
                        session.add(item.get(), item.get().source().equals(source));
                        progress.update(session.summary().articles(), done + reader.bytesRead());
                    }
                    done += reader.bytesRead();
                }
            }
        } catch (ArchiveException e) {
            return ArchiveErrors.report(terminal, e);
        }
        IngestSummary summary = session.summary();
        format.write(summary, terminal.out(), (s, out) -> s.writeJson(out, dir), (s, out) -> s.writeText(out, dir));
        return summary.exitCode();
    }
}
