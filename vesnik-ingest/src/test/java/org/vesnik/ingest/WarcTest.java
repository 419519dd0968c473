package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.vesnik.core.article.Article;

/**
 * The WARC files in {@code warc/} were written by hand (make-vesti-warc.py beside them): a
 * warcinfo, a request, HTML responses plain, chunked with gzip, and deflated, an image, a
 * redirect, a metadata record and a page without an article; the {@code .warc.gz} holds the same
 * records, one gzip member each, as Common Crawl's files do.
 */
class WarcTest {

    private final SourceReaders readers = new SourceReaders();

    private static void assertTheSampleRecords(Items items) {
        List<Article> articles = items.articles();
        assertThat(articles).extracting(a -> a.url().orElse("")).containsExactly("https://vesnik.test/vesti/most",
                "https://vesnik.test/vesti/sneg", "https://vesnik.test/vesti/budzet");
        assertThat(articles.get(0).text()).contains("Мостот е долг 120 метри");
        assertThat(articles.get(1).text()).contains("снежната покривка достигна 15 сантиметри");
        assertThat(articles.get(2).text()).contains("седницата за предлог-буџетот");
        assertThat(articles.get(0).fetched()).contains(Instant.parse("2026-11-29T08:00:02Z"));
        assertThat(articles.get(2).fetched()).contains(Instant.parse("2026-11-29T09:10:00Z"));
        assertThat(items.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NO_ARTICLE);
            assertThat(p.source()).matches(".*vesti\\.warc(\\.gz)?:\\d+");
        });
        // warcinfo, request, image, redirect, metadata
        assertThat(items.skipped).isEqualTo(5);
    }

    @Test
    void htmlResponsesAreArticlesAndOtherRecordsAreSkipped() {
        Path file = Resources.path("warc/vesti.warc");
        Items items = Items.of(readers.open(file.toString()));
        assertTheSampleRecords(items);
        assertThat(items.articles().get(0).source()).isEqualTo(file + ":" + offsetOf(Resources.bytes("warc/vesti.warc"), 2));
        assertThat(items.bytesRead).isEqualTo(file.toFile().length());
    }

    @Test
    void gzippedWarcReadsTheSame() {
        Path file = Resources.path("warc/vesti.warc.gz");
        Items items = Items.of(readers.open(file.toString()));
        assertTheSampleRecords(items);
        assertThat(items.bytesRead).isEqualTo(file.toFile().length());
    }

    @Test
    void truncatedWarcEndsWithOneProblemAfterEveryWholeRecord(@TempDir Path dir) throws IOException {
        byte[] whole = Resources.bytes("warc/vesti.warc");
        long lastRecord = offsetOf(whole, 8);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 40));
        Items items = Items.of(readers.open(cut.toString()));
        assertThat(items.articles()).hasSize(3);
        assertThat(items.problemLines()).containsExactly(
                cut + ": truncated: the record at byte offset " + lastRecord + " is cut short");
        assertThat(items.problems().get(0).kind()).isEqualTo(ProblemKind.TRUNCATED);
    }

    @Test
    void truncatedGzippedWarcEndsWithOneProblem(@TempDir Path dir) throws IOException {
        Path file = Resources.path("warc/vesti.warc.gz");
        String lastSource = Items.of(readers.open(file.toString())).problems().get(0).source();
        String lastOffset = lastSource.substring(lastSource.lastIndexOf(':') + 1);
        byte[] whole = Resources.bytes("warc/vesti.warc.gz");
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 20));
        Items items = Items.of(readers.open(cut.toString()));
        assertThat(items.articles()).hasSize(3);
        assertThat(items.problemLines()).containsExactly(
                cut + ": truncated: the record at byte offset " + lastOffset + " is cut short");
    }

    @Test
    void gzipBombIsRefusedAndTheNextRecordsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb.warc.gz");
        byte[] html = "<html><body><article><p>Вест по бомбата.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://vesnik.test/bomba", httpResponse("gzip", gzip(new byte[30 * 1024 * 1024]))));
            writer.write(response("https://vesnik.test/posle", httpResponse("", html)));
        }
        Items items = Items.of(new SourceReaders(ReadOptions.defaults().withRecordLimit(1024 * 1024)).open(file.toString()));
        assertThat(items.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.reason()).isEqualTo("the decoded body is larger than the limit of 1 MiB");
        });
        assertThat(items.articles()).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("Вест по бомбата."));
    }

    @Test
    void recordWithABadHeaderIsAProblemAndTheNextRecordsRead(@TempDir Path dir) throws IOException {
        String warc = new String(Resources.bytes("warc/vesti.warc"), StandardCharsets.ISO_8859_1)
                .replace("WARC-Date: 2026-11-29T08:00:02Z", "WARC-Date: 29.11.2026 08:00");
        Path file = Files.write(dir.resolve("los-datum.warc"), warc.getBytes(StandardCharsets.ISO_8859_1));
        Items items = Items.of(readers.open(file.toString()));
        assertThat(items.articles()).extracting(a -> a.url().orElse(""))
                .containsExactly("https://vesnik.test/vesti/sneg", "https://vesnik.test/vesti/budzet");
        assertThat(items.problems()).extracting(ReadItem.Problem::kind).containsExactly(ProblemKind.CORRUPT,
                ProblemKind.NO_ARTICLE);
        assertThat(items.problems().get(0).reason()).startsWith("the record cannot be read (");
    }

    @Test
    void fileThatIsNotAWarcIsOneProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lazno.warc"), "Ова не е WARC туку текст.\n");
        ReadItem.Problem problem = Items.of(readers.open(file.toString())).problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.CORRUPT);
        assertThat(problem.reason()).startsWith("not a WARC file: the record at byte offset 0 does not parse");
    }

    @Test
    void emptyWarcHasNoRecords(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("prazno.warc"), new byte[0]);
        assertThat(Items.of(readers.open(file.toString())).all).isEmpty();
    }

    /** Where the n-th record (from 0) of an uncompressed WARC starts. */
    static long offsetOf(byte[] warc, int n) {
        String text = new String(warc, StandardCharsets.ISO_8859_1);
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf("WARC/1.0\r\n", at + 1);
        }
        return at;
    }

    private static WarcResponse response(String url, byte[] http) {
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-11-29T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static byte[] httpResponse(String contentEncoding, byte[] body) {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + (contentEncoding.isEmpty() ? "" : "Content-Encoding: " + contentEncoding + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
