package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveLocationTest {

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(ArchiveLocation.resolve(Optional.of(Path.of("/tmp/a")), Map.of("VESNIK_ARCHIVE", "/tmp/b", "XDG_DATA_HOME", "/tmp/c")))
                .isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void vesnikArchiveWinsOverTheXdgDataHome() {
        assertThat(ArchiveLocation.resolve(Optional.empty(), Map.of("VESNIK_ARCHIVE", "/tmp/b", "XDG_DATA_HOME", "/tmp/c")))
                .isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void theXdgDataHomeHoldsTheArchiveUnderVesnik() {
        assertThat(ArchiveLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/tmp/c", "HOME", "/home/x")))
                .isEqualTo(Path.of("/tmp/c/vesnik/archive"));
    }

    @Test
    void withoutEitherTheArchiveIsInTheHomesLocalShare() {
        assertThat(ArchiveLocation.resolve(Optional.empty(), Map.of("HOME", "/home/x", "XDG_DATA_HOME", " ")))
                .isEqualTo(Path.of("/home/x/.local/share/vesnik/archive"));
    }
}
