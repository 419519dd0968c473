package org.vesnik.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vesnik.archive.ResultsJson;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.SearchResult;
import org.vesnik.archive.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik search}: articles of the archive matching a query, with snippets and facet counts. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Searches the archive's articles, with snippets and facet counts.",
            "Free words search titles, leads and bodies, all of them must match, in either",
            "script (Putin finds the Cyrillic spelling) and any inflection (a noun finds",
            "its plurals and definite forms).",
            "Lucene's query syntax: \"phrases\", AND OR NOT, + -, wildcards*, and fields:",
            "title: source: entity: speaker: per: org: loc: misc: (entity:putin, or a name).",
            "Prints hits with outlet, date, id and a snippet, then facet counts.",
            "A query that does not parse exits 65; no archive exits 66."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (words are joined); none lists every article.")
    private List<String> query = new ArrayList<>();

    @Mixin
    private DayOptions days;

    @Option(names = "--source", paramLabel = "OUTLET", description = "Articles of this outlet, in any case or script.")
    private String outlet;

    @Option(names = "--entity", paramLabel = "ID", description = "Articles naming this entity (an id or a name).")
    private String entity;

    @Option(names = "--speaker", paramLabel = "ID", description = "Articles quoting this entity (an id or a name).")
    private String speaker;

    @Option(names = "--sort", defaultValue = "relevance",
            description = "Order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; date is newest first).")
    private SortOrder sort;

    @Mixin
    private PageOptions paging;

    @Mixin
    private FormatOption format;

    @Mixin
    private ArchiveOption archive;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        SearchRequest request = SearchRequest.of(String.join(" ", query)).withSort(sort);
        if (days.from().isPresent()) {
            request = request.withFrom(days.from().get());
        }
        if (days.to().isPresent()) {
            request = request.withTo(days.to().get());
        }
        if (outlet != null) {
            request = request.withOutlet(outlet);
        }
        if (entity != null) {
            request = request.withEntity(entity);
        }
        if (speaker != null) {
            request = request.withSpeaker(speaker);
        }
        SearchRequest asked = request;
        return ArchiveCommand.run(terminal, archive, paging, index -> {
            SearchResult result = index.search(asked.withPage(paging.page, paging.size));
            format.write(result, terminal.out(), ResultsJson::write, ResultText::write);
            return ExitCodes.OK;
        });
    }
}
