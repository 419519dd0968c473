package org.vesnik.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --archive} option of the commands that write or read the archive. */
final class ArchiveOption {

    @Option(names = "--archive", paramLabel = "DIR",
            description = "The archive's folder (default: $VESNIK_ARCHIVE, else $XDG_DATA_HOME/vesnik/archive,"
                    + " else ~/.local/share/vesnik/archive).")
    private Path archive;

    Path resolve(Terminal terminal) {
        return ArchiveLocation.resolve(Optional.ofNullable(archive), terminal.environment());
    }
}
