package org.vesnik.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.vesnik.archive.ArchiveException;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.ingest.FeedStatus;
import org.vesnik.ingest.FeedWatcher;
import org.vesnik.ingest.Interval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik watch}: polls news feeds round after round and archives their new items as {@code ingest} does. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Polls the RSS and Atom feeds listed in FEEDS and archives every item not",
            "seen before, as ingest does: the item's page is fetched, and only",
            "Macedonian articles are annotated and archived. Each round prints a line",
            "a feed and a summary line, and is committed. Feeds are asked for with",
            "conditional GETs, through robots.txt, a delay between requests to a host",
            "and retries; a feed that keeps failing is left alone longer each time.",
            "What was seen is kept in the archive's folder (watch-state.json), so a",
            "restart goes on where the last run stopped. Ctrl-C ends the round in",
            "progress, commits it and stops. Exit codes: 0; 65 when an item was bad",
            "data or the state file is not one; 66 when FEEDS is missing."})
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "FEEDS",
            description = "A file of feed URLs, one a line ('#' starts a comment); read again at each round.")
    private Path feeds;

    @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "10m", converter = IntervalConverter.class,
            description = "The wait between rounds: 30s, 10m, 1h30m (default: ${DEFAULT-VALUE}).")
    private Duration every;

    @Option(names = "--once", description = "One round, then exit (for scripts and cron).")
    private boolean once;

    @Mixin
    private ArchiveOption archive;

    @Mixin
    private IngestOptions options;

    /** Reads {@code --every} as the watcher's status lines write intervals. */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Interval.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        if (!options.usable(terminal)) {
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(feeds)) {
            terminal.error(feeds + (Files.exists(feeds) ? ": not a file" : ": no such file"));
            return ExitCodes.NO_INPUT;
        }
        StopSignal stop = parent.stopSignal();
        // the hook is released only once the archive is closed and the output written
        StopSignal.Hook hook = stop.onShutdown(
                () -> terminal.error("watch: asked to stop; ending the round in progress and committing it"));
        try {
            int code = rounds(terminal, archive.resolve(terminal), stop);
            terminal.out().flush();
            return code;
        } finally {
            hook.close();
        }
    }

    private int rounds(Terminal terminal, Path dir, StopSignal stop) throws IOException {
        IngestSession session;
        try {
            // first the archive's write lock: a second watch of one archive stops here, before the state
            session = options.open(dir);
        } catch (ArchiveException e) {
            return ArchiveErrors.report(terminal, e);
        }
        int exitCode = ExitCodes.OK;
        int round = 0;
        try (session) {
            WatchCheckpoint checkpoint = WatchCheckpoint.in(dir);
            FeedWatcher watcher;
            try {
                watcher = parent.fetching().watcher(feeds, checkpoint.begin());
            } catch (BadInputException e) {
                terminal.error(checkpoint.committed() + ": " + e.reason());
                return ExitCodes.BAD_DATA;
            }
            while (!stop.isAsked()) {
                round++;
                List<FeedStatus> statuses = watcher.poll(item -> session.add(item, false));
                IngestSummary summary = session.commit();
                checkpoint.commit();
                write(terminal.out(), round, statuses, summary);
                exitCode = ExitCodes.firstFailure(exitCode, summary.exitCode());
                if (once || stop.awaitAsked(every)) {
                    break;
                }
            }
        } catch (ArchiveException e) {
            return ArchiveErrors.report(terminal, e);
        } catch (IOException e) {
            return failedRound(terminal, e, dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stop.isAsked()) {
            terminal.error("watch: stopped after " + round + (round == 1 ? " round" : " rounds")
                    + "; the archive is committed and closed");
        }
        return exitCode;
    }

    /** One line for a round that could not go on; what it had ingested is committed as the archive closes. */
    private int failedRound(Terminal terminal, IOException e, Path dir) {
        if (VesnikCommand.isBrokenPipe(e)) {
            return ExitCodes.OK; // whoever read the output (head) has all it wanted
        }
        if (e instanceof FileSystemException fs && feeds.toString().equals(fs.getFile())) {
            terminal.error(feeds + ": cannot be read any more (" + e.getClass().getSimpleName() + ")");
            return ExitCodes.NO_INPUT;
        }
        if (e instanceof CharacterCodingException) {
            terminal.error(feeds + ": not UTF-8 text");
            return ExitCodes.BAD_DATA;
        }
        terminal.error("cannot keep the watch state in " + dir + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
    }

    /** The round's lines: the watcher's status line a feed, the records skipped by name, then the summary. */
    private void write(Writer out, int round, List<FeedStatus> statuses, IngestSummary summary) throws IOException {
        for (FeedStatus status : statuses) {
            out.write(status.line() + "\n");
        }
        summary.writeListed(out);
        out.write("round " + round + ", " + parent.fetching().clock().instant().truncatedTo(ChronoUnit.SECONDS) + ": "
                + summary.counts() + summary.skippedWhy().map(why -> " (" + why + ")").orElse("") + "\n");
        out.flush();
    }
}
