package org.vesnik.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A bound on how many bytes one record may take in memory, applied while the bytes are read, so
 * that a huge file, a long JSONL line or a gzip bomb is refused before it fills the heap.
 */
public record ByteLimit(long max) {

    public ByteLimit {
        if (max < 1 || max > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a byte limit must be between 1 and 2 GiB: " + max);
        }
    }

    /** All the bytes left in the stream, or {@link TooLargeException} as soon as they pass the bound. */
    public byte[] readAll(InputStream in) throws IOException {
        byte[] buffer = new byte[(int) Math.min(max + 1, 64 * 1024)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > max) {
                    throw new TooLargeException(max);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, (long) length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        if (length > max) {
            throw new TooLargeException(max);
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    /** The bound in words a user reads: {@code 16 MiB}. */
    public String describe() {
        if (max % (1024 * 1024) == 0) {
            return max / (1024 * 1024) + " MiB";
        }
        if (max % 1024 == 0) {
            return max / 1024 + " KiB";
        }
        return max + " bytes";
    }
}
