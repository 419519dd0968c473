package org.vesnik.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vesnik.archive.EntityPage;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.ResultsJson;
import org.vesnik.core.ner.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik entities}: the archive's people, organisations and places, most written about first. */
@Command(name = "entities",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the archive's people, organisations and places, most written about first.",
            "Each with its id (the same in every article), type, names in Cyrillic and",
            "Latin letters, the articles naming it, and the first and last day seen.",
            "With a QUERY, only entities whose names match it, in either script."})
final class EntitiesCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Names to match (words are joined); none lists all.")
    private List<String> query = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only entities of this type: ${COMPLETION-CANDIDATES}.")
    private EntityType type;

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
            EntityRequest request = EntityRequest.of(String.join(" ", query)).withPage(paging.page, paging.size);
            EntityPage page = index.entities(type == null ? request : request.withType(type));
            format.write(page, terminal.out(), ResultsJson::write, ResultText::write);
            return ExitCodes.OK;
        });
    }
}
