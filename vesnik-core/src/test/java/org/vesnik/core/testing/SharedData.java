package org.vesnik.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the evaluation data in {@code ../shared/data} beside the checkout. It is not part of
 * the project (its licences differ), so tests that need it skip when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file, or a skipped test when the shared data is not there. */
    public static Path require(String name) {
        String dir = System.getProperty("vesnik.shared.data", "../../shared/data");
        Path path = Path.of(dir, name);
        assumeTrue(Files.isReadable(path), "shared evaluation data not present: " + path);
        return path;
    }
}
