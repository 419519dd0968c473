package org.vesnik.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Shows how an ingest goes: a progress bar in megabytes read, with articles and articles per
 * second, when a person watches a terminal (an ETA once the inputs' sizes are known); else a
 * log line on stderr every {@value #LOG_EVERY} articles.
 */
final class IngestProgress implements AutoCloseable {

    static final int LOG_EVERY = 1000;
    private static final long MEGABYTE = 1_000_000;

    private final ProgressBar bar;
    private final PrintWriter log;
    private final long started = System.nanoTime();
    private long nextLog = LOG_EVERY;

    private IngestProgress(ProgressBar bar, PrintWriter log) {
        this.bar = bar;
        this.log = log;
    }

    static IngestProgress on(Terminal terminal) {
        if (!terminal.interactive()) {
            return new IngestProgress(null, terminal.err());
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setUnit(" MB", MEGABYTE).showSpeed()
                .setInitialMax(-1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new IngestProgress(bar, null);
    }

    /** The bytes of all inputs when known, so the bar can show an ETA; -1 when not. */
    void total(long bytes) {
        if (bar != null && bytes > 0) {
            bar.maxHint(bytes);
        }
    }

    void update(long articles, long bytes) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        if (bar != null) {
            bar.stepTo(bytes);
            bar.setExtraMessage(String.format(Locale.ROOT, " %,d articles, %.0f/s", articles, articles / seconds));
        } else if (articles >= nextLog) {
            log.println(String.format(Locale.ROOT, "vesnik: ingest: %,d articles, %.1f MB, %.0f articles/s",
                    articles, bytes / (double) MEGABYTE, articles / seconds));
            log.flush();
            nextLog = (articles / LOG_EVERY + 1) * LOG_EVERY;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
