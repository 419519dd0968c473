package org.vesnik.cli;

import org.vesnik.core.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The {@code --max-bytes} option of the commands that read files or standard input. */
final class InputLimit {

    @Option(names = "--max-bytes", defaultValue = "" + Pipeline.DEFAULT_MAX_INPUT_BYTES,
            description = "Refuse inputs larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;
}
