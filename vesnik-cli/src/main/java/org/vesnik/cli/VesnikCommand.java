package org.vesnik.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vesnik} command: annotates Macedonian news text. */
@Command(name = "vesnik",
        mixinStandardHelpOptions = true,
        version = "vesnik 0.1.0",
        description = "Turns raw Macedonian news into clean, segmented, annotated text, and keeps a searchable archive of it.",
        subcommands = {DemoCommand.class, AnnotateCommand.class, TranslitCommand.class, LangidCommand.class, ExtractCommand.class,
            IngestCommand.class, WatchCommand.class, SearchCommand.class, EntitiesCommand.class, QuotesCommand.class, ShowCommand.class,
            CommandLine.HelpCommand.class})
public final class VesnikCommand implements Runnable {

    private Terminal terminal;
    private Fetching fetching;
    private StopSignal stop;

    Terminal terminal() {
        return terminal;
    }

    Fetching fetching() {
        return fetching;
    }

    StopSignal stopSignal() {
        return stop;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required");
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: the output is Macedonian
        Writer out = new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        // a console means a person is watching: show a progress bar rather than log lines
        int code = execute(args, System.in, out, err, System.getenv(), System.console() != null);
        System.exit(code);
    }

    /** Runs the command line {@code args} against the given streams and returns the exit code. */
    public static int execute(String[] args, InputStream in, Writer out, PrintWriter err) {
        return execute(args, in, out, err, System.getenv(), false);
    }

    /** As {@link #execute(String[], InputStream, Writer, PrintWriter)}, in a given environment. */
    static int execute(String[] args, InputStream in, Writer out, PrintWriter err, Map<String, String> environment,
                       boolean interactive) {
        return execute(args, new Terminal(in, out, err, environment, interactive), Fetching.real(), new StopSignal());
    }

    /**
     * For tests: runs on the given terminal, reaching the web as {@code fetching} says; a
     * {@code watch} also stops when {@code stop} is asked.
     */
    static int execute(String[] args, Terminal terminal, Fetching fetching, StopSignal stop) {
        VesnikCommand command = new VesnikCommand();
        command.terminal = terminal;
        command.fetching = fetching;
        command.stop = stop;
        Writer out = terminal.out();
        PrintWriter err = terminal.err();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (isBrokenPipe(e)) {
                return ExitCodes.OK; // the reader (head, less) has all it wanted
            }
            command.terminal.error("internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            command.terminal.error(e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        try {
            out.flush();
        } catch (IOException e) {
            if (!isBrokenPipe(e)) {
                command.terminal.error("cannot write the output: " + e.getMessage());
                return ExitCodes.INTERNAL;
            }
        }
        return code;
    }

    /** A closed standard output, as when piping into {@code head}: not an error of ours. */
    static boolean isBrokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    /** For tests: runs with the output captured in a UTF-8 stream. */
    static int execute(String[] args, InputStream in, OutputStream out, PrintWriter err) {
        return execute(args, in, out, err, System.getenv());
    }

    /** For tests: runs in the given environment with the output captured in a UTF-8 stream. */
    static int execute(String[] args, InputStream in, OutputStream out, PrintWriter err, Map<String, String> environment) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return execute(args, in, writer, err, environment, false);
    }
}
