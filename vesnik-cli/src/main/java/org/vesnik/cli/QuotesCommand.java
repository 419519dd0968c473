package org.vesnik.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vesnik.archive.QuotePage;
import org.vesnik.archive.QuoteRequest;
import org.vesnik.archive.ResultsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik quotes}: what people said, from the archive's quotation documents. */
@Command(name = "quotes",
        mixinStandardHelpOptions = true,
        description = {
            "Lists quotations with their speakers: what did X say about Y.",
            "Direct quotations, and speech reported with дека, each with its speaker, cue",
            "and article: vesnik quotes Y --speaker X. Best match first, or with no",
            "words, newest first."})
final class QuotesCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words of the quotation (query syntax; entity:ID for what it names).")
    private List<String> query = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME|ID", description = "Who said it: an entity id, or a name (Мицкоски, Putin, тренерот).")
    private String speaker;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Quotations published on or after this day.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Quotations published on or before this day.")
    private LocalDate to;

    @Mixin
    private PageOptions paging;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ResultFormat format;

    @Mixin
    private ArchiveOption archive;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        return ArchiveCommand.run(terminal, archive, paging, index -> {
            QuoteRequest request = QuoteRequest.of(String.join(" ", query)).withPage(paging.page, paging.size);
            if (speaker != null) {
                request = request.withSpeaker(speaker);
            }
            if (from != null) {
                request = request.withFrom(from);
            }
            if (to != null) {
                request = request.withTo(to);
            }
            QuotePage page = index.quotes(request);
            if (format == ResultFormat.json) {
                ResultsJson.write(page, terminal.out());
            } else {
                ResultText.write(page, terminal.out());
            }
            return ExitCodes.OK;
        });
    }
}
