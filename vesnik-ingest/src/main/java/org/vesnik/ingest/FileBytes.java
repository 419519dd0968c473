package org.vesnik.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vesnik.ingest.io.ByteLimit;
import org.vesnik.ingest.io.TooLargeException;

/** Reads a whole file that holds one document, within the record limit; gunzips a {@code .gz}. */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] read(Path file, ByteLimit limit) throws ReadFailure {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (!InputKind.gzipped(file) && size > limit.max()) {
                throw new ReadFailure(source, ProblemKind.TOO_LARGE,
                        "file of " + size + " bytes is larger than the limit of " + limit.describe());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return limit.readAll(InputKind.gzipped(file) ? new GZIPInputStream(in) : in);
            }
        } catch (NoSuchFileException e) {
            throw new ReadFailure(source, ProblemKind.MISSING, "no such file");
        } catch (AccessDeniedException e) {
            throw new ReadFailure(source, ProblemKind.MISSING, "cannot read: permission denied");
        } catch (TooLargeException e) {
            throw new ReadFailure(source, ProblemKind.TOO_LARGE, "decompressed, " + e.getMessage());
        } catch (EOFException e) {
            throw new ReadFailure(source, ProblemKind.TRUNCATED, "the gzip stream ends early");
        } catch (ZipException e) {
            throw new ReadFailure(source, ProblemKind.CORRUPT, "not gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new ReadFailure(source, ProblemKind.MISSING, "cannot read: " + e.getMessage());
        }
    }
}
