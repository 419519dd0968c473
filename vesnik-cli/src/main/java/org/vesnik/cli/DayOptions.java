package org.vesnik.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --from} and {@code --to} options: a range of publication days, both included. */
final class DayOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    private LocalDate to;

    Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }
}
