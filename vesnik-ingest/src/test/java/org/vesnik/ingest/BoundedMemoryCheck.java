package org.vesnik.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Not a test: a program that writes a large JSONL or WARC file and reads it, to show that the
 * readers' memory does not grow with their input. Run with a small heap, e.g.
 *
 * <pre>
 * ./mvnw -B -q -pl vesnik-ingest -am package -DskipTests dependency:build-classpath \
 *     -DincludeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx64m -cp "$(cat /tmp/cp.txt):vesnik-ingest/target/classes:vesnik-ingest/target/test-classes" \
 *     org.vesnik.ingest.BoundedMemoryCheck jsonl 600 /tmp/big.jsonl
 * </pre>
 */
public final class BoundedMemoryCheck {

    private static final String[] WORDS = {"Владата", "Собранието", "денеска", "изјави", "министерот", "дека", "ќе",
        "биде", "седница", "буџет", "Скопје", "Битола", "Охрид", "граѓаните", "проект", "евра", "милиони"};

    private BoundedMemoryCheck() {
    }

    public static void main(String[] args) throws IOException {
        String kind = args[0];
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        Path file = Path.of(args[2]);
        if (!Files.exists(file)) {
            if (kind.equals("jsonl")) {
                writeJsonl(file, bytes);
            } else {
                writeWarc(file, bytes);
            }
        }
        long found = 0;
        long problems = 0;
        try (ArticleReader reader = new SourceReaders(ReadOptions.defaults().withFetchLinkedPages(false))
                .open(file.toString())) {
            for (Optional<ReadItem> item = reader.next(); item.isPresent(); item = reader.next()) {
                if (item.get() instanceof ReadItem.Found) {
                    found++;
                } else {
                    problems++;
                }
            }
            System.out.printf("%s: %d articles, %d problems, %d skipped, %d of %d bytes read, heap limit %d MiB%n",
                    file, found, problems, reader.skipped(), reader.bytesRead(), reader.totalBytes(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    private static void writeJsonl(Path file, long bytes) throws IOException {
        Random random = new Random(1);
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; written < bytes; n++) {
                String line = "{\"url\":\"https://vesnik.test/" + n + "\",\"title\":\"Вест " + n
                        + "\",\"date\":\"2026-11-29\",\"text\":\"" + sentence(random, 400) + "\"}\n";
                out.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
    }

    /** The test WARC's records, again and again, each time with a page of 60 KB beside them. */
    private static void writeWarc(Path file, long bytes) throws IOException {
        Random random = new Random(2);
        byte[] sample = Resources.bytes("warc/vesti.warc.gz");
        StringBuilder page = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 200; i++) {
            page.append("<p>").append(sentence(random, 60)).append("</p>");
        }
        byte[] body = page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        byte[] record = concat(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2026-11-29T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000099>\r\n"
                + "WARC-Target-URI: https://vesnik.test/big\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                concat(http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            gz.write(record);
        }
        byte[] big = member.toByteArray();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += sample.length + big.length) {
                out.write(sample);
                out.write(big);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
