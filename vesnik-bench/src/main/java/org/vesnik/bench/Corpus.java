package org.vesnik.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark corpus: evaluation data beside the checkout, never part of the project. */
final class Corpus {

    private Corpus() {
    }

    /** The corpus at {@code path} in a variant: {@code as-is}, or {@code scraped} (see {@link #withScrapingDefects}). */
    static String read(String path, String variant) throws IOException {
        String text = read(path);
        switch (variant) {
            case "as-is":
                return text;
            case "scraped":
                return withScrapingDefects(text);
            default:
                throw new IllegalArgumentException("unknown corpus variant " + variant);
        }
    }

    static String read(String path) throws IOException {
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("corpus not found: " + file.toAbsolutePath()
                    + " (the benchmarks need ../shared/data beside the checkout)");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * The corpus (one sentence a line) as a scraper might deliver it: every tenth line joined to
     * the one before without a space, every twentieth broken after its third word.
     */
    static String withScrapingDefects(String corpus) {
        String[] lines = corpus.split("\n", -1);
        StringBuilder sb = new StringBuilder(corpus.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i % 20 == 7) {
                int third = nthSpace(line, 3);
                if (third > 0) {
                    line = line.substring(0, third) + "\n" + line.substring(third + 1);
                }
            }
            sb.append(line);
            if (i + 1 < lines.length) {
                sb.append(i % 10 == 9 ? "" : "\n");
            }
        }
        return sb.toString();
    }

    private static int nthSpace(String line, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = line.indexOf(' ', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
