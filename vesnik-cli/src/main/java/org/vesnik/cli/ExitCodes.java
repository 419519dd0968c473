package org.vesnik.cli;

/** Exit codes, after BSD sysexits.h, so scripts can tell bad data from a missing file. */
final class ExitCodes {

    static final int OK = 0;
    static final int USAGE = 64;
    static final int BAD_DATA = 65;
    static final int NO_INPUT = 66;
    static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /**
     * The exit code after one more input: the first failure decides, so a run that met a missing
     * file and then bad data still says 66, as its first complaint on stderr did.
     */
    static int firstFailure(int current, int failure) {
        return current == OK ? failure : current;
    }
}
