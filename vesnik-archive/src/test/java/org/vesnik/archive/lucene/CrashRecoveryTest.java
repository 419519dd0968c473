package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.ArticleFacts;
import org.vesnik.archive.FactsJson;
import org.vesnik.archive.NoArchiveException;
import org.vesnik.archive.SearchRequest;

/**
 * Kills an ingest (SIGKILL, in a child JVM) at random points, then checks the index is whole
 * (Lucene's CheckIndex; every article with all its quotations; every entity it names in the
 * registry) and that ingesting the same sources again ends with the content of an uninterrupted
 * run. While the child writes, this JVM searches the archive read-only.
 */
class CrashRecoveryTest {

    private static final int RUNS = 15;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLosesAtMostItsBatchAndTheNextIngestEndsTheSame() throws Exception {
        Path reference = dir.resolve("reference");
        CrashCorpus.ingest(reference);
        List<String> expected = IndexContent.of(reference);

        // how long the child's ingest takes, so that kills land anywhere inside it
        Path calibration = dir.resolve("calibration");
        Child timed = Child.start(calibration);
        long began = System.nanoTime();
        timed.awaitExit();
        long ingestNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(50), System.nanoTime() - began);
        assertThat(IndexContent.of(calibration)).isEqualTo(expected);

        Random random = new Random(20250903);
        int interrupted = 0;
        for (int run = 0; run < RUNS; run++) {
            Path archive = dir.resolve("run-" + run);
            Child child = Child.start(archive);
            long delay = (long) (random.nextDouble() * ingestNanos * 1.1);
            long deadline = System.nanoTime() + delay;
            long seen = 0;
            while (System.nanoTime() < deadline) {
                seen = Math.max(seen, searchWhileWriting(archive, seen));
                Thread.sleep(10); // leave the child the CPU it writes with
            }
            boolean killed = child.kill();
            interrupted += killed ? 1 : 0;
            assertWhole(archive);
            CrashCorpus.ingest(archive);
            assertThat(IndexContent.of(archive)).as("run %d, killed after %d ms", run, TimeUnit.NANOSECONDS.toMillis(delay))
                    .isEqualTo(expected);
        }
        // kills must land inside the ingest, or the test tests nothing (the machine's load moves the
        // ingest's length between the calibration and the runs, so not every kill will)
        assertThat(interrupted).isGreaterThanOrEqualTo(RUNS / 3);
    }

    /** A search from outside the writing process: never an error, and never fewer articles than before. */
    private static long searchWhileWriting(Path archive, long seen) {
        try (LuceneArchive reader = LuceneArchive.open(archive)) {
            long count = reader.articleCount();
            assertThat(count).isGreaterThanOrEqualTo(seen);
            reader.search(SearchRequest.of("патиштата"));
            return count;
        } catch (NoArchiveException notYet) {
            return seen;
        }
    }

    /** The index as a crash left it: readable, clean to CheckIndex, every article whole, the registry in step. */
    private static void assertWhole(Path archive) throws IOException {
        if (!Files.exists(archive)) {
            return;
        }
        try (Directory directory = FSDirectory.open(archive)) {
            if (!DirectoryReader.indexExists(directory)) {
                return; // killed before the first commit: nothing, which is whole
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                assertThat(check.checkIndex().clean).isTrue();
            }
            Map<String, Integer> quotations = new HashMap<>();
            Map<String, ArticleFacts> articles = new HashMap<>();
            Set<String> entities = new HashSet<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (Document doc : IndexContent.documents(reader)) {
                    if (doc.get(ArchiveSchema.ENTITY_ID) != null) {
                        entities.add(doc.get(ArchiveSchema.ENTITY_ID));
                    } else if (doc.getBinaryValue(ArchiveSchema.FACTS) != null) {
                        articles.put(doc.get(ArchiveSchema.ARTICLE), FactsJson.decode(doc.getBinaryValue(ArchiveSchema.FACTS).bytes));
                    } else {
                        quotations.merge(doc.get(ArchiveSchema.ARTICLE), 1, Integer::sum);
                    }
                }
            }
            assertThat(quotations.keySet()).isSubsetOf(articles.keySet());
            articles.forEach((id, facts) -> {
                assertThat(quotations.getOrDefault(id, 0)).as("quotations of %s", id).isEqualTo(facts.quotes().size());
                assertThat(entities).as("registry entries of %s", id).containsAll(facts.mentionedIds());
            });
        }
    }

    /** A JVM running {@link CrashCorpus#main}, started and ready to ingest. */
    private record Child(Process process, BufferedReader out) {

        static Child start(Path archive) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), CrashCorpus.class.getName(), archive.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the child's first line").isEqualTo("ready");
            return new Child(process, out);
        }

        void awaitExit() throws IOException, InterruptedException {
            assertThat(out.readLine()).isEqualTo("done");
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        /** SIGKILL; whether the child was still ingesting. */
        boolean kill() throws InterruptedException {
            boolean running = process.isAlive();
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return running;
        }
    }
}
