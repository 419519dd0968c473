package org.vesnik.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts a byte stream into lines, each at most the limit long: a longer line is passed over to
 * its end and reported as too long, so that no line can fill memory. Lines end at {@code \n};
 * a {@code \r} before it is dropped.
 */
final class LineSplitter {

    /** One line: its number from 1, its bytes (empty when too long), and whether it was too long. */
    record Line(long number, byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;
    private byte[] line = new byte[1024];
    private long number;
    private boolean ended;

    LineSplitter(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or empty at the end of the stream. */
    Optional<Line> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    ended = true;
                    if (!any) {
                        return Optional.empty();
                    }
                    break;
                }
            }
            any = true;
            int newline = -1;
            for (int i = position; i < filled; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? filled : newline;
            int count = end - position;
            if (!tooLong && length + (long) count > limit) {
                tooLong = true;
            }
            if (!tooLong) {
                if (length + count > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(limit, Math.max((long) line.length * 2, length + count)));
                }
                System.arraycopy(buffer, position, line, length, count);
                length += count;
            }
            position = newline < 0 ? filled : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return Optional.of(new Line(number, tooLong ? new byte[0] : line, tooLong ? 0 : length, tooLong));
    }
}
