package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.ingest.LocalServer;

/**
 * Stops a {@code vesnik watch} running in a JVM of its own as a user does, with a signal
 * (SIGTERM here; Ctrl-C's SIGINT runs the same shutdown hooks), and checks that the round in
 * progress is ended, committed and the archive closed before the JVM exits.
 */
class WatchShutdownTest {

    /** The longest any step may take on a loaded machine: a bound against hanging, not a timing. */
    private static final long PATIENCE_SECONDS = 120;

    private final LocalNews news = new LocalNews();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        news.close();
    }

    /** Lines of a child's stream as they come, read by a thread of their own. */
    private static BlockingQueue<String> lines(InputStream in) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the child was killed and its streams closed: there are no more lines
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String awaitLine(BlockingQueue<String> lines, String part, List<String> seen) throws InterruptedException {
        while (true) {
            String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertThat(line).as("a line with '%s' after %s", part, seen).isNotNull();
            seen.add(line);
            if (line.contains(part)) {
                return line;
            }
        }
    }

    @Test
    void aSignalInARoundEndsTheRoundCommitsItAndClosesTheArchive() throws IOException, InterruptedException {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        news.threeArticles();
        byte[] late = ("<html lang=mk><body><article><h1>Снег</h1><p>Првиот снег оваа зима падна синоќа на Попова Шапка,"
                + " а жичарницата ќе работи од сабота.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        // the round's second page is held back until the child has been told to stop
        news.server().on("/vesti/sneg", exchange -> {
            inRound.countDown();
            try {
                release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalServer.send(exchange, 200, "text/html; charset=utf-8", late);
        });
        news.feed("/rss", new AtomicReference<>(List.of("/vesti/most", "/vesti/sneg")));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), news.url("/rss") + "\n");
        Path archive = dir.resolve("archive");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), WatchChild.class.getName(),
                "watch", feeds.toString(), "--every", "10m", "--archive", archive.toString(), "--threads", "1").start();
        BlockingQueue<String> out = lines(child.getInputStream());
        BlockingQueue<String> err = lines(child.getErrorStream());
        List<String> errSeen = new ArrayList<>();
        List<String> outSeen = new ArrayList<>();
        try {
            assertThat(inRound.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the child's round began").isTrue();
            // SIGTERM through the process handle: Process.destroy() would also close the child's streams
            child.toHandle().destroy();
            awaitLine(err, "asked to stop", errSeen);
            release.countDown();
            String round = awaitLine(out, "round ", outSeen);
            assertThat(round).endsWith(": 2 read, 2 new, 0 updated, 0 unchanged, 0 skipped");
            assertThat(awaitLine(err, "stopped", errSeen))
                    .isEqualTo("vesnik: watch: stopped after 1 round; the archive is committed and closed");
            assertThat(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("the status of a JVM ended by SIGTERM").isEqualTo(128 + 15);
        assertThat(outSeen).first().isEqualTo(news.url("/rss") + ": 200, 2 items, 2 new");

        Map<String, String> environment = Map.of("VESNIK_ARCHIVE", archive.toString());
        assertThat(CliRun.runIn(environment, "search", "жичарницата").out()).startsWith("1 article matches");
        assertThat(Files.readString(archive.resolve("watch-state.json"))).contains("test/vesti/sneg");
        // the state was committed with the round: the next run asks with its ETag and gets 304
        CliRun next = CliRun.runWith(news.fetching(), environment, "watch", feeds.toString(), "--once");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out().lines()).first().isEqualTo(news.url("/rss") + ": 304 not modified");
    }
}
