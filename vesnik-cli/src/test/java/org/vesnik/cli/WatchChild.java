package org.vesnik.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.vesnik.ingest.TestClock;
import org.vesnik.ingest.fetch.FetchOptions;

/**
 * A JVM of its own that runs the {@code vesnik} command as {@code main} does, shutdown hook
 * included, but fetching on a test clock so that no politeness delay is slept: for
 * {@link WatchShutdownTest}, which stops it as a user would.
 */
final class WatchChild {

    private WatchChild() {
    }

    public static void main(String[] args) {
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        TestClock clock = new TestClock();
        Terminal terminal = new Terminal(System.in, out, err, System.getenv(), false);
        int code = VesnikCommand.execute(args, terminal, new Fetching(FetchOptions.defaults(), clock, clock.sleeper()),
                new StopSignal());
        System.exit(code);
    }
}
