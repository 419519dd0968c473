package org.vesnik.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --page} and {@code --size} options of the commands that list results. */
final class PageOptions {

    @Option(names = "--page", paramLabel = "N", description = "Which page of results, from 1 (default: ${DEFAULT-VALUE}).")
    int page = 1;

    @Option(names = "--size", paramLabel = "N", description = "Results a page (default: ${DEFAULT-VALUE}; at most 1000).")
    int size = 10;

    /** Why the page asked for cannot be given, or empty. */
    Optional<String> problem() {
        if (page < 1) {
            return Optional.of("--page counts from 1");
        }
        if (size < 1 || size > 1000) {
            return Optional.of("--size must be 1 to 1000");
        }
        if ((long) page * size > 100_000) {
            return Optional.of("only the first 100000 results can be paged through");
        }
        return Optional.empty();
    }
}
