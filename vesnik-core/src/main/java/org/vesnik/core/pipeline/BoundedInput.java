package org.vesnik.core.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.vesnik.core.decode.BadInputException;

/**
 * Reads an input's bytes up to a limit, so memory stays bounded whatever the input: a file
 * larger than the limit is refused before it is read; a stream is read up to one byte past it.
 * A missing or unreadable input is a {@link MissingInputException}, a too large one a
 * {@link BadInputException}, each naming the input.
 */
public final class BoundedInput {

    private BoundedInput() {
    }

    public static byte[] read(Path path, long maxBytes) {
        String source = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new MissingInputException(source, "is a directory, not a file", null);
            }
            checkSize(Files.size(path), source, maxBytes);
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new MissingInputException(source, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new MissingInputException(source, "permission denied", e);
        } catch (IOException e) {
            throw new MissingInputException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    public static byte[] read(InputStream in, String source, long maxBytes) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            checkSize(bytes.length, source, maxBytes);
            return bytes;
        } catch (IOException e) {
            throw new MissingInputException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    static void checkSize(long size, String source, long maxBytes) {
        if (size > maxBytes) {
            throw new BadInputException(source, String.format(
                    "input of %,d bytes is larger than the limit of %,d bytes (a news article is far smaller; "
                            + "split the input or raise the limit with --max-bytes)", size, maxBytes));
        }
    }
}
