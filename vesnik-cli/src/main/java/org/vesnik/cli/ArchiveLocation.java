package org.vesnik.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the archive is: {@code --archive DIR}, else {@code $VESNIK_ARCHIVE}, else
 * {@code $XDG_DATA_HOME/vesnik/archive}, else {@code ~/.local/share/vesnik/archive} (the XDG
 * base directory default), so that {@code ingest} then {@code search} work with no flags.
 */
final class ArchiveLocation {

    private ArchiveLocation() {
    }

    static Path resolve(Optional<Path> option, Map<String, String> environment) {
        if (option.isPresent()) {
            return option.get();
        }
        String named = environment.get("VESNIK_ARCHIVE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String data = environment.get("XDG_DATA_HOME");
        if (data != null && !data.isBlank()) {
            return Path.of(data, "vesnik", "archive");
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", "vesnik", "archive");
    }
}
