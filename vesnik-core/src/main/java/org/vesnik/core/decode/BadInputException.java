package org.vesnik.core.decode;

import java.util.OptionalLong;

/**
 * Input that cannot be turned into text: names the source, where the problem is and why.
 * The CLI maps it to exit code 65 (bad data).
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long byteOffset;
    private final String reason;

    public BadInputException(String source, long byteOffset, long line, String reason) {
        super(message(source, byteOffset, line, reason));
        this.source = source;
        this.byteOffset = byteOffset;
        this.reason = reason;
    }

    public BadInputException(String source, String reason) {
        this(source, -1, -1, reason);
    }

    private static String message(String source, long byteOffset, long line, String reason) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source).append(": ");
        if (line > 0) {
            sb.append("line ").append(line).append(", ");
        }
        if (byteOffset >= 0) {
            sb.append("byte ").append(byteOffset).append(": ");
        }
        return sb.append(reason).toString();
    }

    public String source() {
        return source;
    }

    public OptionalLong byteOffset() {
        return byteOffset < 0 ? OptionalLong.empty() : OptionalLong.of(byteOffset);
    }

    public String reason() {
        return reason;
    }
}
