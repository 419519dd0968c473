package org.vesnik.cli;

import java.io.IOException;
import java.io.Writer;
import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the archive's commands, and writing an answer in it. */
final class FormatOption {

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; JSON is described in docs/archive.md).")
    private ResultFormat format;

    /** One way of writing an answer. */
    interface Writing<T> {
        void write(T answer, Writer out) throws IOException;
    }

    /** Writes {@code answer} as JSON or as text, as the option says. */
    <T> void write(T answer, Writer out, Writing<T> json, Writing<T> text) throws IOException {
        (format == ResultFormat.json ? json : text).write(answer, out);
    }
}
