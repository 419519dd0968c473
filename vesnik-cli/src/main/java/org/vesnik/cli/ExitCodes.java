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
}
