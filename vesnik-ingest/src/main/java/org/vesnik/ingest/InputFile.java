package org.vesnik.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vesnik.ingest.io.CountingInputStream;

/**
 * A file a streaming reader goes through once (JSONL, WARC): opened when first read, its bytes
 * counted for progress, its size known beforehand, closed quietly.
 */
final class InputFile {

    private final Path path;
    private CountingInputStream counted;

    InputFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The file's bytes, counted; opened on the first call. */
    InputStream open() throws IOException {
        if (counted == null) {
            counted = new CountingInputStream(Files.newInputStream(path));
        }
        return counted;
    }

    long bytesRead() {
        return counted == null ? 0 : counted.count();
    }

    long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Closes the file, and the stream over it that the reader made. */
    void close(AutoCloseable over) {
        try {
            if (over != null) {
                over.close();
            } else if (counted != null) {
                counted.close();
            }
        } catch (Exception e) {
            // the file was only read; a failed close loses nothing
        }
    }
}
