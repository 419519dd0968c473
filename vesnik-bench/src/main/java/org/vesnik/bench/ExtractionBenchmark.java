package org.vesnik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.html.ArticleExtractor;

/**
 * Article extraction on the 181 pages of the article-extraction benchmark's development set, one
 * thread, beside Readability4J (the Java library a user would otherwise pick) on the same pages
 * in the same JVM: one operation extracts every page, so pages per second is operations per
 * second times the page count the set-up prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class ExtractionBenchmark {

    @Param("../shared/data/article-extraction/html")
    public String pages;

    private final List<byte[]> bytes = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(pages);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("pages not found: " + dir.toAbsolutePath()
                    + " (the benchmark needs ../shared/data beside the checkout)");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.html.gz")) {
            for (Path file : files) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    byte[] page = in.readAllBytes();
                    bytes.add(page);
                    // Readability4J takes a string: the pages of the set are UTF-8
                    html.add(new String(page, StandardCharsets.UTF_8));
                }
            }
        }
        long total = bytes.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%n%d pages, %,d bytes%n", bytes.size(), total);
    }

    /** vesnik: decoding, metadata and main text of every page. */
    @Benchmark
    public long vesnik() {
        long chars = 0;
        for (byte[] page : bytes) {
            chars += extractor.extract(page, null, "bench", null, null).map(Article::text).map(String::length).orElse(0);
        }
        return chars;
    }

    /** The baseline: Readability4J's article text of every page. */
    @Benchmark
    public long readability4j() {
        long chars = 0;
        for (String page : html) {
            String text = new Readability4J("https://example.com/", page).parse().getTextContent();
            chars += text == null ? 0 : text.length();
        }
        return chars;
    }
}
