package org.vesnik.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark corpus: evaluation data beside the checkout, never part of the project. */
final class Corpus {

    private Corpus() {
    }

    static String read(String path) throws IOException {
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("corpus not found: " + file.toAbsolutePath()
                    + " (the benchmarks need ../shared/data beside the checkout)");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
