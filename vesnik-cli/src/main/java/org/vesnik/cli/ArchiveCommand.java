package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.vesnik.archive.ArchiveException;
import org.vesnik.archive.ArchiveIndex;
import org.vesnik.archive.lucene.LuceneArchive;

/**
 * Runs a reading command against the archive: opens it, asks, and maps the archive's failures
 * to one line and an exit code (65 a bad query, 66 no archive, 70 a damaged one).
 */
final class ArchiveCommand {

    /** One question to an open archive; returns the exit code. */
    interface Question {
        int ask(ArchiveIndex archive) throws IOException;
    }

    private ArchiveCommand() {
    }

    /** Asks for a page of results: bad paging is a usage error before the archive is opened. */
    static int run(Terminal terminal, ArchiveOption option, PageOptions paging, Question question) throws IOException {
        if (paging.problem().isPresent()) {
            terminal.error(paging.problem().get());
            return ExitCodes.USAGE;
        }
        return run(terminal, option, question);
    }

    static int run(Terminal terminal, ArchiveOption option, Question question) throws IOException {
        Path dir = option.resolve(terminal);
        try (ArchiveIndex archive = LuceneArchive.open(dir)) {
            return question.ask(archive);
        } catch (ArchiveException e) {
            return ArchiveErrors.report(terminal, e);
        }
    }
}
