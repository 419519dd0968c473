package org.vesnik.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Opens the reader for one file by its kind ({@link InputKind}). Nothing is read until asked. */
final class FileReaders {

    private FileReaders() {
    }

    static ArticleReader open(Path file, ReaderContext context) {
        long size = sizeOf(file);
        switch (InputKind.of(file)) {
            case TEXT:
                return new SingleItemReader(() -> wholeFile(file, context, bytes ->
                        PlainText.article(bytes, file.toString(), Optional.empty(), modified(file))), size);
            case HTML:
                return new SingleItemReader(() -> wholeFile(file, context, bytes ->
                        context.pages().read(bytes, Optional.empty(), file.toString(), Optional.empty(), modified(file))),
                        size);
            case XML:
                return new LazyReader(() -> {
                    try {
                        byte[] bytes = FileBytes.read(file, context.options().recordLimit());
                        return Documents.xml(bytes, Optional.empty(), file.toString(), file.toAbsolutePath().toUri(),
                                modified(file), context);
                    } catch (ReadFailure e) {
                        return SingleItemReader.of(e.problem());
                    }
                }, size);
            case JSONL:
                return new JsonlReader(file, context);
            case WARC:
                return new WarcArticleReader(file, context);
            default:
                return SingleItemReader.of(new ReadItem.Problem(file.toString(), ProblemKind.UNSUPPORTED,
                        "not a kind of file vesnik reads (it reads " + InputKind.known() + ")"));
        }
    }

    private interface Reading {
        ReadItem apply(byte[] bytes);
    }

    private static ReadItem wholeFile(Path file, ReaderContext context, Reading reading) {
        try {
            return reading.apply(FileBytes.read(file, context.options().recordLimit()));
        } catch (ReadFailure e) {
            return e.problem();
        }
    }

    /** When the file was last written: the time an article of it was had, for relative dates. */
    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
