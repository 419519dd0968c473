package org.vesnik.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the {@code vesnik} command: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = VesnikCommand.execute(args, new ByteArrayInputStream(stdin), out, new PrintWriter(err, true));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    static CliRun run(String... args) {
        return run(new byte[0], args);
    }

    /** A run in the given environment only, reaching the web as {@code fetching} says. */
    static CliRun runWith(Fetching fetching, Map<String, String> environment, String... args) {
        return runWith(fetching, new StopSignal(), environment, args);
    }

    /** The same, where a {@code watch} also stops when {@code stop} is asked. */
    static CliRun runWith(Fetching fetching, StopSignal stop, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), writer, new PrintWriter(err, true),
                environment, false);
        int code = VesnikCommand.execute(args, terminal, fetching, stop);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** A run in the given environment only (no HOME, no VESNIK_ARCHIVE unless given). */
    static CliRun runIn(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = VesnikCommand.execute(args, new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true), environment);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
