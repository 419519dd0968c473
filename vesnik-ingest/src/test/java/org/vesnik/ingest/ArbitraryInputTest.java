package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.article.Article;

/**
 * Seeded random inputs for the JSONL and WARC readers: random bytes, and the test files with
 * bytes flipped, inserted, deleted or cut off. Whatever the bytes, a reader yields only
 * articles and problems, never throws, and ends after a number of items its input bounds.
 */
class ArbitraryInputTest {

    private static final long SEED = 20261129L;
    private static final int CASES = 300;
    private static final ReadOptions OPTIONS = ReadOptions.defaults().withFetchLinkedPages(false)
            .withRecordLimit(256 * 1024);

    @TempDir
    Path dir;

    @Test
    void jsonlOfAnyBytesGivesOnlyArticlesAndProblems() throws IOException {
        Random random = new Random(SEED);
        byte[] sample = Resources.bytes("jsonl/vesti.jsonl");
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = i % 3 == 0 ? randomBytes(random, 2000) : mutate(sample, random);
            boolean gzipped = i % 5 == 4;
            Path file = dir.resolve("case" + i + (gzipped ? ".jsonl.gz" : ".jsonl"));
            Files.write(file, gzipped ? mutate(gzip(bytes), random) : bytes);
            Items items = read(file);
            long lines = count(bytes, (byte) '\n') + 1;
            assertThat((long) items.all.size()).as("case %d", i).isLessThanOrEqualTo(lines + 1);
        }
    }

    @Test
    void warcOfAnyBytesGivesOnlyArticlesAndProblems() throws IOException {
        Random random = new Random(SEED + 1);
        byte[] plain = Resources.bytes("warc/vesti.warc");
        byte[] gzipped = Resources.bytes("warc/vesti.warc.gz");
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = i % 3 == 0 ? randomBytes(random, 3000) : mutate(i % 3 == 1 ? plain : gzipped, random);
            Path file = dir.resolve("case" + i + (i % 3 == 2 ? ".warc.gz" : ".warc"));
            Files.write(file, bytes);
            Items items = read(file);
            // a record needs at least its "WARC/1.0" line and a blank line
            assertThat((long) items.all.size()).as("case %d", i).isLessThanOrEqualTo(bytes.length / 12 + 1);
        }
    }

    private static Items read(Path file) {
        Items items = Items.of(new SourceReaders(OPTIONS).open(file.toString()));
        for (ReadItem item : items.all) {
            assertThat(item.source()).startsWith(file.toString());
            if (item instanceof ReadItem.Found found) {
                Article article = found.article();
                assertThat(article.text()).isNotBlank();
            } else {
                assertThat(((ReadItem.Problem) item).reason()).isNotBlank();
            }
        }
        return items;
    }

    private static byte[] randomBytes(Random random, int max) {
        byte[] bytes = new byte[random.nextInt(max)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The bytes with a few flipped, inserted, deleted, or the end cut off. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) "\r\n{}\":0 ".charAt(random.nextInt(8));
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                case 2 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                default -> bytes = Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    private static long count(byte[] bytes, byte b) {
        long n = 0;
        for (byte x : bytes) {
            if (x == b) {
                n++;
            }
        }
        return n;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
