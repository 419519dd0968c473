package org.vesnik.cli;

import java.io.IOException;
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
            "Direct quotations, and reported speech (X said that ...), each with its",
            "speaker, cue and article: vesnik quotes Y --speaker X. Best match first,",
            "or with no words, newest first."})
final class QuotesCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words of the quotation (query syntax; entity:ID for what it names).")
    private List<String> query = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME|ID", description = "Who said it: an entity id, a person's name in either script, or the words naming an unlinked speaker.")
    private String speaker;

    @Mixin
    private DayOptions days;

    @Mixin
    private PageOptions paging;

    @Mixin
    private FormatOption format;

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
            if (days.from().isPresent()) {
                request = request.withFrom(days.from().get());
            }
            if (days.to().isPresent()) {
                request = request.withTo(days.to().get());
            }
            QuotePage page = index.quotes(request);
            format.write(page, terminal.out(), ResultsJson::write, ResultText::write);
            return ExitCodes.OK;
        });
    }
}
