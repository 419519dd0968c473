package org.vesnik.cli;

import org.vesnik.archive.ArchiveException;
import org.vesnik.archive.BadQueryException;
import org.vesnik.archive.NoArchiveException;

/** How the archive's failures reach the user: one line on stderr and the exit code for its kind. */
final class ArchiveErrors {

    private ArchiveErrors() {
    }

    /** Reports {@code e} and returns the exit code: 65 for a bad query, 66 for no archive, 70 otherwise. */
    static int report(Terminal terminal, ArchiveException e) {
        terminal.error(e.getMessage());
        if (e instanceof BadQueryException) {
            return ExitCodes.BAD_DATA;
        }
        if (e instanceof NoArchiveException) {
            return ExitCodes.NO_INPUT;
        }
        return ExitCodes.INTERNAL;
    }
}
