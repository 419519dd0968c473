package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCheckpointTest {

    @TempDir
    Path archive;

    @Test
    void aRoundStartsFromTheCommittedStateWhateverACrashLeft() throws IOException {
        WatchCheckpoint checkpoint = WatchCheckpoint.in(archive);
        Files.writeString(checkpoint.committed(), "{\"round\": 1}");
        Files.writeString(archive.resolve(WatchCheckpoint.ROUND), "{\"round\": 2, \"cut\": true}");
        Path working = checkpoint.begin();
        assertThat(Files.readString(working)).isEqualTo("{\"round\": 1}");
    }

    @Test
    void beforeAnyRoundIsCommittedARoundStartsFromNothing() throws IOException {
        WatchCheckpoint checkpoint = WatchCheckpoint.in(archive);
        Files.writeString(archive.resolve(WatchCheckpoint.ROUND), "{\"cut\": true}");
        assertThat(checkpoint.begin()).doesNotExist();
    }

    @Test
    void aCommittedRoundReplacesTheStateWhole() throws IOException {
        WatchCheckpoint checkpoint = WatchCheckpoint.in(archive);
        Files.writeString(checkpoint.committed(), "{\"round\": 1, \"long\": \"" + "x".repeat(1000) + "\"}");
        Path working = checkpoint.begin();
        Files.writeString(working, "{\"round\": 2}");
        checkpoint.commit();
        assertThat(Files.readString(checkpoint.committed())).isEqualTo("{\"round\": 2}");
        try (var files = Files.list(archive)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(WatchCheckpoint.STATE,
                    WatchCheckpoint.ROUND);
        }
    }

    @Test
    void aRoundThatAskedForNoFeedCommitsNothing() throws IOException {
        WatchCheckpoint checkpoint = WatchCheckpoint.in(archive);
        checkpoint.begin();
        checkpoint.commit();
        assertThat(checkpoint.committed()).doesNotExist();
    }
}
