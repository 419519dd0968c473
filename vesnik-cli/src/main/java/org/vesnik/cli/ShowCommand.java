package org.vesnik.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vesnik.archive.ResultsJson;
import org.vesnik.archive.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik show}: one article of the archive with its annotation as stored, or the articles like it. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Shows an archived article with its stored annotation, or the articles like it.",
            "By id (or URL): metadata, text, entities, quotations, claims and dates as",
            "stored at ingest (nothing is annotated again). --similar lists the articles",
            "most like it instead. An id the archive does not have exits 66."})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "ID", description = "The article's id, as search prints it, or its URL.")
    private String id;

    @Option(names = "--similar", paramLabel = "N", arity = "0..1", fallbackValue = "10",
            description = "List the N articles most like this one (default N: ${FALLBACK-VALUE}).")
    private Integer similar;

    @Mixin
    private FormatOption format;

    @Mixin
    private ArchiveOption archive;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        if (similar != null && (similar < 1 || similar > 1000)) {
            terminal.error("--similar must be 1 to 1000");
            return ExitCodes.USAGE;
        }
        return ArchiveCommand.run(terminal, archive, index -> {
            Optional<StoredArticle> article = index.article(id);
            if (article.isEmpty()) {
                terminal.error("no article with id " + id + " in the archive");
                return ExitCodes.NO_INPUT;
            }
            String found = article.get().id();
            if (similar != null) {
                format.write(index.similar(found, similar), terminal.out(), (hits, out) -> ResultsJson.writeSimilar(found, hits, out),
                        (hits, out) -> {
                            out.write("articles like " + found + ":\n");
                            ResultText.writeHits(hits, 0, out);
                        });
            } else {
                format.write(article.get(), terminal.out(), ResultsJson::write, ResultText::write);
            }
            return ExitCodes.OK;
        });
    }
}
