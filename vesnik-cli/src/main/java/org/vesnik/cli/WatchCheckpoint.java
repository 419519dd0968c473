package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps the feed watcher's state in step with the archive's commits. The state (the items seen,
 * the feeds' ETags, their waits) lives in the archive's folder as {@value #STATE}; during a round
 * the watcher saves to a copy, {@value #ROUND}, which becomes the state only once the round's
 * articles are committed. So a crash in a round leaves the state of the round before: the next
 * run asks for that round's items again (an article the archive already has is unchanged)
 * rather than remembering as seen items the archive never got.
 */
final class WatchCheckpoint {

    static final String STATE = "watch-state.json";
    static final String ROUND = "watch-state.round.json";

    private final Path committed;
    private final Path round;

    private WatchCheckpoint(Path archive) {
        this.committed = archive.resolve(STATE);
        this.round = archive.resolve(ROUND);
    }

    static WatchCheckpoint in(Path archive) {
        return new WatchCheckpoint(archive);
    }

    /** The state as of the last round committed. */
    Path committed() {
        return committed;
    }

    /**
     * The file for the watcher to load and save: a fresh copy of the committed state (or nothing,
     * before the first round is committed), whatever a round cut short left there.
     */
    Path begin() throws IOException {
        if (Files.exists(committed)) {
            Files.copy(committed, round, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(round);
        }
        return round;
    }

    /** After the archive's commit: the round's state becomes the committed one, replaced whole. */
    void commit() throws IOException {
        if (!Files.exists(round)) {
            return; // no feed was asked for: the file has no URL in it yet
        }
        Path temporary = round.resolveSibling(ROUND + ".tmp");
        Files.copy(round, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, committed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
