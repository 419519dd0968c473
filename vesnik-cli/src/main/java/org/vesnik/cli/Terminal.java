package org.vesnik.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;

/** The streams a command reads and writes, so tests can run commands in-process. */
record Terminal(InputStream in, Writer out, PrintWriter err) {

    /** One line on standard error, prefixed with the program name, as Unix tools do. */
    void error(String message) {
        err.println("vesnik: " + message);
        err.flush();
    }
}
