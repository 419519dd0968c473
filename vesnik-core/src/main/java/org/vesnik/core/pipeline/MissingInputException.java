package org.vesnik.core.pipeline;

/** An input that does not exist or cannot be read. The CLI maps it to exit code 66. */
public final class MissingInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingInputException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
    }
}
