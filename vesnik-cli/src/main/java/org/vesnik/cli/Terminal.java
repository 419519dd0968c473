package org.vesnik.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * The streams a command reads and writes, the environment it runs in, and whether a person
 * watches standard error, so tests can run commands in-process.
 */
record Terminal(InputStream in, Writer out, PrintWriter err, Map<String, String> environment, boolean interactive) {

    Terminal {
        environment = Map.copyOf(environment);
    }

    /** One line on standard error, prefixed with the program name, as Unix tools do. */
    void error(String message) {
        err.println("vesnik: " + message);
        err.flush();
    }
}
